import json

d = json.JSONDecoder()
print(d.raw_decode("[1, 2] tail"), d.raw_decode('xx{"a": 1}', 2), d.decode(" [1] "))
print(d.raw_decode('"\u00e9\u00e9" rest'), d.raw_decode('\u00e9[1]', 1))
for f in [lambda: d.raw_decode(" [1]"), lambda: d.raw_decode("[1]", 5), lambda: d.raw_decode("[1]", -1),
          lambda: d.decode("[1] x"), lambda: json.loads("[1.5]", cls=json.JSONDecoder, parse_float=str),
          lambda: json.JSONDecoder(object_hook=len).decode('{"a":1}'), lambda: d.decode(5), lambda: json.JSONDecoder(1),
          lambda: json.JSONDecoder(object_pairs_hook=dict, strict=False).decode('{"k": "a\tb"}'),
          lambda: json.loads("[1]", cls=json.JSONDecoder, foo=1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(json.JSONDecoder, isinstance(d, json.JSONDecoder))


def stream(text):
    dec = json.JSONDecoder()
    pos = 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \n":
            pos += 1
        if pos == len(text):
            break
        obj, pos = dec.raw_decode(text, pos)
        yield obj


print(list(stream('{"a": 1} [2, 3]\n"x" 4 null')))
