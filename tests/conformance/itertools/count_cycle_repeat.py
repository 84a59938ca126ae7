import itertools as it

c = it.count()
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(5, 2), 4)), repr(it.count(5)), repr(it.count(5, 2)))
print(repr(it.count(1.5)), repr(it.count(0, 1.0)), repr(it.count(step=-1)), repr(it.count(start=3)))
print(list(it.islice(it.count(0.5, 0.25), 4)))
print(list(it.islice(it.count(10, -3), 4)))
c = it.count(2**62, 2**62)
print(next(c), next(c), next(c))
print(list(it.islice(it.cycle("abc"), 7)))
print(list(it.islice(it.cycle([]), 3)))
r = it.repeat("a", 3)
print(repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(list(it.repeat(1, 0)), list(it.repeat(1, -5)), repr(it.repeat(1, times=-3)), repr(it.repeat(None)))
print(list(zip(range(3), it.repeat("x"))))
print(list(map(pow, range(5), it.repeat(2))))
print(iter(c) is c, type(c).__name__ if False else type(c))
for expr, f in [('it.count("a")', lambda: it.count("a")),
             ('it.count(1, 2, 3)', lambda: it.count(1, 2, 3)),
             ('it.count(step="x")', lambda: it.count(step="x")),
             ('it.repeat()', lambda: it.repeat()),
             ('it.repeat(1, 2, 3)', lambda: it.repeat(1, 2, 3)),
             ('it.repeat(1, "a")', lambda: it.repeat(1, "a")),
             ('it.cycle()', lambda: it.cycle()),
             ('it.cycle(1)', lambda: it.cycle(1)),
             ('it.cycle([1], [2])', lambda: it.cycle([1], [2])),
             ('it.repeat(1, foo=2)', lambda: it.repeat(1, foo=2))]:
    try:
        f()
    except Exception as e:
        print(expr, type(e).__name__, e)
