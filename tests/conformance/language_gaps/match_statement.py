# The match statement (PEP 634): literal, capture, wildcard, value, sequence, mapping, class, OR, AS patterns and guards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    RED = "red"
    GREEN = "green"

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case -5:
            return "minus five"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case Color.RED:
            return "red color"
        case [x]:
            return f"one item {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 rest={rest}"
        case (a, b, *_, z):
            return f"long a={a} b={b} z={z}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"k": [_, {"deep": d}]}:
            return f"deep {d}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) if yy > 0:
            return f"on y axis {yy}"
        case Point(xx, yy) as p:
            return f"point {xx},{yy} {type(p).__name__}"
        case int(n) if n > 100:
            return f"big {n}"
        case float() | bytearray():
            return "float"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case _:
            return f"other {v!r}"

for v in [0, 1, -5, None, True, "hello", "red", [7], [1, 2, 3, 4], (1, 2, 3, 4, 5), [1, 2], {"type": "user", "name": "bob", "age": 3},
          {"type": "user", "name": 5}, {"k": [1, {"deep": 9}]}, Point(0, 0), Point(0, 5), Point(0, -1), Point(3, 4), 500, 50,
          2.5, "abcd", "ab", "", (), {}, range(1), b"xy", False]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
x = "outer"
match 5:
    case 1:
        pass
    case x:
        print("captured", x)
print(x)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case Color.RED():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest", rest)
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["drop", *objs]:
            return "drop " + ",".join(objs)
        case []:
            return "empty"
        case _:
            return "?"
print(f("go north"), f("go up"), f("drop a b"), f(""), f("x"))
