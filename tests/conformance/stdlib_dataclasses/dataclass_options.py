from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar
from typing import ClassVar, List, Optional


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(1, 2)
print(c, hash(c) == hash(Color(1, 2, 0)))
print({c, Color(1, 2)})
try:
    c.r = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.g
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


print(Config("app", debug=True))
try:
    Config("app", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool
    retries: int = 3


print(Options(verbose=True))


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str
    items: List[int] = field(default_factory=list)
    parent: Optional["Counter"] = None

    def __post_init__(self):
        Counter.total += 1


Counter("a")
Counter("b", [1])
print(Counter.total, Counter("c"))
print([f for f in Counter.__dataclass_fields__])


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.value *= factor


print(Scaled(2.0, 3.0), Scaled(2.0))


@dataclass(unsafe_hash=True)
class Key:
    k: str


print(hash(Key("a")) == hash(Key("a")), Key("a") in {Key("a")})

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
