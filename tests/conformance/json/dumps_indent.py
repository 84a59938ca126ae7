import json

data = {"name": "loop", "tags": ["a", "b"], "nested": {"x": 1, "y": [1, {"z": None}]}, "empty": [], "e2": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps([1, 2], indent=-1))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=1, separators=(", ", ": ")))
print(json.dumps({"a": [1, 2]}, indent=4, separators=(",", ":")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("x", indent=2), json.dumps(5, indent=2))
print(json.dumps({"a": 1}, indent="--"))
print(repr(json.dumps({(1,): 2}, skipkeys=True, indent=2)), repr(json.dumps({(1,): 2}, skipkeys=True)))
print(json.dumps({(1,): 2, "k": [1]}, skipkeys=True, indent=2))
