import json


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def __init__(self, *, precision=1, **kwargs):
        super().__init__(**kwargs)
        self.precision = precision

    def default(self, o):
        if isinstance(o, Point):
            return {"x": round(o.x, self.precision), "y": round(o.y, self.precision)}
        return json.JSONEncoder.default(self, o)


print(json.dumps({"a": {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({"a": {3, 1}, "b": [frozenset([9])]}, cls=SetEncoder, indent=2, sort_keys=True))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([Point(1.234, 5.678)], cls=PointEncoder))
print(json.dumps([Point(1.234, 5.678)], cls=PointEncoder, precision=2, separators=(",", ":")))
e = json.JSONEncoder(sort_keys=True)
print(e.encode({"b": 1, "a": 2}), repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.skipkeys)
print(json.JSONEncoder().encode("\u00e9"), json.JSONEncoder(ensure_ascii=False).encode(["\u00e9"]))
print(json.JSONEncoder(indent=2).item_separator == ",", json.JSONEncoder(separators=(";", "=")).encode({"k": [1, 2]}))
print(json.JSONEncoder(default=str).encode({"p": Point}) .startswith('{"p": "<class'))
print(isinstance(SetEncoder(), json.JSONEncoder), json.JSONEncoder.__name__, SetEncoder.__mro__[1] is json.JSONEncoder)
try:
    json.JSONEncoder(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.JSONEncoder(colour=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(1, cls=json.JSONEncoder, nope=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.JSONEncoder().default(5)
except TypeError as e:
    print(type(e).__name__, e)


class Loud(json.JSONEncoder):
    def encode(self, o):
        return "LOUD " + super().encode(o)


print(json.dumps([1], cls=Loud))
enc = SetEncoder()
enc.indent = 1
enc.item_separator = ","
enc.sort_keys = True
print(enc.encode({"z": {2, 1}, "a": None}))
