import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


for f in [lambda: json.dumps(set()), lambda: json.dumps({(1,): 2}), lambda: json.dumps([float("nan")], allow_nan=False),
          lambda: json.dumps({"b": 1, 1: 2}, sort_keys=True), lambda: json.dumps(1, 2), lambda: json.dumps(range(3)),
          lambda: json.dumps(Point(1, 2)), lambda: json.dumps({"p": object()}), lambda: json.dumps([1, {1, 2}]),
          lambda: json.dumps(object(), default=lambda o: o), lambda: json.dumps(1, foo=2),
          lambda: json.dumps(), lambda: json.dumps({"a": float("inf")}, allow_nan=False),
          lambda: json.dumps({float("nan"): 1}, allow_nan=False)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps({"a": {1, 2}}, default=sorted))
print(json.dumps(Point(1, 2), default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps([Point(1, 2), Point(3, 4)], default=vars))
print(json.dumps({(1,): 2, "a": 1, 3: 4}, skipkeys=True))
print(json.dumps({"a": [float("nan")]}, allow_nan=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["x"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
