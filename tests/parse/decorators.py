import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


def repeat(times):
    def deco(func):
        def inner(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        return inner
    return deco


@trace
def add(a, b):
    return a + b


@repeat(3)
@trace
def hello():
    return "hi"


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


decorators = [trace]
@decorators[0]
def sub(a, b): return a - b

@(lambda f: f)
def ident(): pass

@trace
async def coro():
    pass

@functools.total_ordering
class Version:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v

print(add(1, 2), hello(), fib(20), sub(3, 1), Version(1) < Version(2))
