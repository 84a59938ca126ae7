import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=1)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate("abc")), list(it.accumulate([])), list(it.accumulate([5], lambda a, b: a - b)))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=None)))
try:
    list(it.accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
for expr, f in [('it.accumulate()', lambda: it.accumulate()),
             ('it.accumulate([1], x=2)', lambda: it.accumulate([1], x=2)),
             ('it.accumulate([1], None, 3)', lambda: it.accumulate([1], None, 3)),
             ('it.accumulate(5)', lambda: it.accumulate(5))]:
    try:
        f()
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(list(it.chain("ab", [1, 2], (3,), {})), list(it.chain()), list(it.chain.from_iterable(["ab", "cd", ""])))
print(list(it.chain.from_iterable(x for x in [[1], [2, 3]])))
c = it.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.chain(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield [1, 2]
    raise ValueError("boom")
c = it.chain.from_iterable(gen())
print(next(c), next(c))
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
