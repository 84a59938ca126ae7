import json

for s in ["[1,", "", " ", '{"a" 1}', '{"a":}', "[1 2]", "nul", "tru", '"abc', '"a\\x"', '"\\u12"', "{1:2}",
          '{"a":1,}', "[1,]", "1 2", "\n\n  [1,\n 2,", '"\x01"', "01", "-", "1.", "1e", "[-]", '{"a":1', "[1,2]x",
          "{", "[", '"\\', '["a" "b"]', '{"a": 1 "b": 2}', "\t\n", "[1]]", '"\\ud83d\\u12"', "{,}", "[,]",
          'nan', 'infinity', '+1', '.5', '{"a":\n  [1,\n   2,\n   }', '"caf\u00e9" x', '["\u00e9\u00e9", ?]']:
    try:
        json.loads(s)
        print(repr(s), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads()
except TypeError as e:
    print(type(e).__name__, e)
