from functools import lru_cache

log = []


@lru_cache(maxsize=3)
def load(key):
    log.append(key)
    return key.upper()


for k in ["a", "b", "c", "a", "d", "b", "a", "e", "c", "a"]:
    load(k)
print(log)
print(load.cache_info())
load.cache_clear()
log.clear()
for k in ["x", "x", "y", "x"]:
    load(k)
print(log, load.cache_info())


@lru_cache(maxsize=1)
def single(n):
    log.append(n)
    return n


log.clear()
for n in [1, 1, 2, 1, 1, 3]:
    single(n)
print(log, single.cache_info())


@lru_cache(maxsize=-5)
def negative(n):
    return n


print(negative(1), negative(1), negative.cache_info())


@lru_cache(maxsize=4)
def pair(a, b=0, *, c=0):
    log.append((a, b, c))
    return a + b + c


log.clear()
print(pair(1), pair(1, 0), pair(a=1), pair(1, b=0), pair(1, c=0), pair(1))
print(log, pair.cache_info())
print(pair(2, 3), pair(2, 3), pair.cache_info().hits)
try:
    pair({})
except TypeError as e:
    print(type(e).__name__, e)
print(pair.cache_info())
