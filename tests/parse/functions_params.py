def a(): pass
def b(x): return x
def c(x, y=1): return x, y
def d(*args): return args
def e(**kwargs): return kwargs
def f(x, /, y, *, z): return x, y, z
def g(x=1, /, y=2, *args, z=3, w, **kw): pass
def h(x: int, y: "str" = "s", *args: float, z: list[int] = [], **kw: dict) -> None: pass
def i(a, b, /): pass
def j(*, a): pass
def k(a, *, b=1, c): pass
def l(a, b=2, *c, d=4, **e,): pass
def m(
    first,
    second=None,
    *,
    third=lambda: 0,
): pass
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
def gen():
    yield 1
    yield from range(3)
    x = yield
    y = yield x
    return (yield)
print(c(1), d(1, 2), e(a=1), f(1, 2, z=3), outer()())
