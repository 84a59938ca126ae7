# StrEnum members and `class C(str, Enum)` members are real strs.
import json
from enum import Enum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = "post"


m = Method.GET
print(repr(m), str(m), m, f"{m}", f"{m:>6}|", "%s" % m, isinstance(m, str), m == "get", "get" == m)
print(m.upper(), type(m.upper()).__name__, m + "/x", len(m), m[0], "e" in m, hash(m) == hash("get"))
print({"get": 1}[m], json.dumps([m, {Method.POST: m}]), Method("post"), sorted(Method), "-".join(Method))


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


c = Color.RED
print(repr(c), str(c), f"{c}", format(c), "%s" % c, c == "red", isinstance(c, str), c.value, c.upper())
print(json.dumps({"c": c}), Color("blue"), sorted([Color.RED, Color.BLUE]), c.startswith("r"))


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Num.TWO), str(Num.TWO), f"{Num.TWO}", Num.TWO + 1, Num.ONE < Num.TWO, isinstance(Num.ONE, int))
