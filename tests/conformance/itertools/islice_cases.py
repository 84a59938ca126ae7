import itertools as it

s = "abcdefghij"
print(list(it.islice(s, 3)), list(it.islice(s, 2, 5)), list(it.islice(s, 1, None, 3)), list(it.islice(s, None)))
print(list(it.islice(s, 0)), list(it.islice(s, 5, 2)), list(it.islice(s, None, None, 2)), list(it.islice(s, 20)))
print(list(it.islice(s, 8, 100, 1)), list(it.islice(s, 3, None)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
src = iter(range(10))
print(list(it.islice(src, 5, 2)), next(src))
gen = (x * x for x in range(100))
print(list(it.islice(gen, 95, None, 2)))
sl = it.islice(it.count(), 0, None, 10)
print([next(sl) for _ in range(3)])
for args in [([1], -1), ([1], "a"), ([1], 0, -1), ([1], -1, 2), ([1], 1, 2, 0), ([1], 1, 2, -1), ([1], 1.5), ([1], 0, 1, 1.0)]:
    try:
        it.islice(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [([1],), ([1], 1, 2, 3, 4), (1, 2)]:
    try:
        it.islice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    it.islice([1], stop=2)
except TypeError as e:
    print(type(e).__name__, e)
