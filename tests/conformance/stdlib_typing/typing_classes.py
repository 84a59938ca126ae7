from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, runtime_checkable, overload, List, Optional, get_type_hints, NewType, final

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)
print(Stack[int], Stack.__parameters__)

K = TypeVar("K")
V = TypeVar("V")


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair("a", 1).k, Pair[str, int])


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


class Mute:
    pass


print(isinstance(English(), Greeter), isinstance(Mute(), Greeter))


def welcome(g: Greeter) -> None:
    print(g.greet())


welcome(English())


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point(1), p._replace(x=0))
x, y = p
print(x, y, p[0], len(p))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)
Cfg = TypedDict("Cfg", {"debug": bool})
print(Cfg(debug=True))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))


class Tree:
    value: int
    children: "List[Tree]"
    parent: Optional["Tree"] = None


print(get_type_hints(Point))
UserId = NewType("UserId", int)
print(UserId(5), UserId)


@final
class Leaf:
    pass


print(Leaf.__name__)
print(get_type_hints(Tree))


def connect(host: str, port: "int" = 80) -> Optional["Tree"]:
    return None


print(get_type_hints(connect))
