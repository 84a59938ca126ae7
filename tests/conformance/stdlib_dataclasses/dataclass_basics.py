from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.x, p.y)
p.x = 10
print(p)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)


a = Inventory("a")
b = Inventory("b")
a.items.append("apple")
print(a, b)
print(a.items is b.items)
print(Inventory("x", secret="1") == Inventory("x", secret="2"))
print([f.name for f in fields(Inventory)])
print(asdict(a))
print(astuple(a))
print(replace(a, name="c"))
print(is_dataclass(a), is_dataclass(Inventory), is_dataclass(1))


@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), {"k": [Point(1, 1)]})
print(line)
print(asdict(line))
print(astuple(line))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), "Plain(" in repr(Plain(1)) or "object at" in repr(Plain(1)))


@dataclass
class WithMethod:
    n: int

    def double(self):
        return self.n * 2

    def __repr__(self):
        return f"<{self.n}>"


print(WithMethod(4).double(), WithMethod(4))
print(Point.__match_args__)
print(Point.y, hasattr(Point, "x"))

try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)

try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

try:
    fields(42)
except TypeError as e:
    print("TypeError:", e)

try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)

try:
    replace(Rect(1, 2), area=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5


print(Child(1))
print(Child(1, "x", 2.5))
print([f.name for f in fields(Child)])
