import json

print(json.loads("[1, 2]"))
json.loads('{"a": 1,}')
print("not reached")
