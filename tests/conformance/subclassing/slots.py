# __slots__ on subclasses of builtins and plain classes, and dataclass(slots=True).
from dataclasses import dataclass, fields


class Mode(str):
    __slots__ = ()


m = Mode("r")
try:
    m.extra = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(m, m.upper(), isinstance(m, str), hasattr(m, "__dict__"))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as exc:
    print("AttributeError:", exc)


class Loose(Point):
    pass


loose = Loose(1, 2)
loose.anything = "ok"
print(loose.anything)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


pair = Pair(1, 2)
try:
    pair.c = 3
except AttributeError as exc:
    print("AttributeError:", exc)
print(pair, pair[0] + pair[1])


@dataclass(slots=True)
class Item:
    name: str
    price: float = 0.0


item = Item("pen", 1.5)
print(item, Item("cup"), Item.__slots__, [f.name for f in fields(item)], item == Item("pen", 1.5))
try:
    item.color = "red"
except AttributeError as exc:
    print("AttributeError:", exc)
item.price = 2.0
print(item.price, Item.__name__, Item.__qualname__)
