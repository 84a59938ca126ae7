import json

for s in ['{"a": [1, 2.5, null, true, false, "x"], "b": {}}', "[]", "{}", '  {  }  ', "[[[]]]", '"\\u00e9"', '"é"',
          '"\\ud83d\\ude00"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', "12345678901234567890123", "1E400", "-0", "-0.0",
          "1.5e3", "1e-2", "2E+2", "NaN", "Infinity", "-Infinity", '{"a":1,"a":2}', "0", "-12", "3.0", "true", "null",
          '\n [1,\n 2 ]\n', '"a\\u0041b"', '{"k": {"n": [1, {"m": []}]}}', '"\\ud83d"']:
    v = json.loads(s)
    print(repr(s), "->", repr(v), type(v).__name__)
print(json.loads('{"z": 1, "a": 2, "m": 3}'))
print(json.loads('[1, 2]', object_hook=dict))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 3.25]', parse_float=str), json.loads('[1, 2]', parse_int=float))
data = {"name": "x", "vals": [1, 2.0, None, True], "nested": {"k": "\u00e9\n"}}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=2)) == data)
print(repr(json.loads('"a\tb"', strict=False)))
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads("1", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
