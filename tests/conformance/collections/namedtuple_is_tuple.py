# namedtuple classes are tuples: isinstance, unpacking, indexing, len, +, comparisons, hashing, json.
import json
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__)
x, y = p
print(x, y, p[0], p[-1], p[:1], len(p), list(p), tuple(p), p + (5,), (0,) + p, p * 2)
print(p == (3, 4), (3, 4) == p, p != Point(4, 3), p < Point(3, 5), sorted([Point(2, 1), p, Point(1, 9)]))
print(hash(p) == hash((3, 4)), {p: "here"}[(3, 4)], len({p, (3, 4), Point(3, 4)}))
print(json.dumps(p), json.dumps({"points": [p, Point(0, 0)]}))
print(p._asdict(), p._replace(y=10), Point._make([7, 8]), Point._fields, p.count(3), p.index(4))
print(max(Point(1, 2), Point(1, 3)), min([p, Point(0, 100)]), 4 in p, "x" in p)
print("%s and %s" % p, "{} {}".format(*p), f"{p.x}:{p.y}", str(p), repr(p))
Card = namedtuple("Card", "rank suit", defaults=["hearts"])
print(Card("Q"), Card("K", "spades"), Card._field_defaults, Card(suit="clubs", rank=2))
try:
    p.x = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 9
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point._make([1, 2, 3]), lambda: p._replace(w=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)
    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
v = Vector(3, 4) + Vector(1, 1)
print(v, v.length, isinstance(v, tuple), type(v).__name__, v._replace(dx=0))
Pair = namedtuple("Pair", "left, right", rename=False)
print(Pair(*"ab"), Pair("a", right="b")._asdict(), namedtuple("R", ["a", "def", "a"], rename=True)._fields)
match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")
