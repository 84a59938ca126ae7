# Function annotations, property errors, __class_getitem__, generic aliases and Ellipsis.
def f(a: int, b: str = "x", *args: float, c: "C" = 1, **kw: dict) -> bool:
    pass


def g():
    pass


print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


class A:
    @property
    def x(self):
        return 1


try:
    A().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A().x
except AttributeError as e:
    print(type(e).__name__, e)


class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"


class H:
    pass


print(G[int])
try:
    H[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[H])
print(list[int] == list[int], list[int].__origin__, list[int].__args__, list[int]("ab"))
print(type(list[int]).__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...))


def h():
    ...


print(h())
print([1, 2, 3][...] if False else "skip")
