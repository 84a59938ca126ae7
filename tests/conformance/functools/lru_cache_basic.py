from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print([fib(i) for i in range(10)], fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@cache
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(10), factorial(12), factorial.cache_info())
calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10


for v in [1, 2, 1, 3, 2, 1, 1]:
    slow(v)
print(calls, slow.cache_info())
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
print(slow.cache_parameters(), slow.__name__, slow.__wrapped__(4))


@lru_cache
def bare(x):
    return x + 1


print(bare(1), bare(1), bare.cache_info())


@lru_cache()
def empty_parens(x, y=1):
    return x + y


print(empty_parens(1), empty_parens(1, y=1), empty_parens(1, 1), empty_parens(x=1), empty_parens.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    fib([1])
except TypeError as e:
    print(type(e).__name__, e)
