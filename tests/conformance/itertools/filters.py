import itertools as it

print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("abc", [1, 1])), list(it.compress("a", [0, 1, 1])))
print(list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.dropwhile(lambda x: True, [1, 2])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: False, [1, 2])))
print(list(it.filterfalse(None, [0, 1, "", "a", [], None, 2])), list(it.filterfalse(lambda x: x % 2, range(10))))
tw = it.takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(tw), list(tw))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])))
for expr, f in [('it.compress([1])', lambda: it.compress([1])),
             ('it.dropwhile(len)', lambda: it.dropwhile(len)),
             ('it.filterfalse(None)', lambda: it.filterfalse(None)),
             ('it.starmap(len)', lambda: it.starmap(len)),
             ('it.pairwise()', lambda: it.pairwise()),
             ('next(it.takewhile(None, [1]))', lambda: next(it.takewhile(None, [1]))),
             ('list(it.starmap(pow, [1]))', lambda: list(it.starmap(pow, [1]))),
             ('it.takewhile(None, [1], x=1)', lambda: it.takewhile(None, [1], x=1)),
             ('list(it.dropwhile(lambda x: 1 / x, [1, 0]))', lambda: list(it.dropwhile(lambda x: 1 / x, [1, 0])))]:
    try:
        f()
    except Exception as e:
        print(expr, type(e).__name__, e)
