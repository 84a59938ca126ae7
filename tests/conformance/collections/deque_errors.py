from collections import deque


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("pop", lambda: deque().pop())
attempt("popleft", lambda: deque().popleft())
attempt("index", lambda: deque([1]).index(2))
attempt("index range", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("index neg", lambda: deque([1, 2, 3]).index(1, -2))
attempt("index str", lambda: deque(["a"]).index("b"))
attempt("remove", lambda: deque([1]).remove(2))
attempt("getitem", lambda: deque([1])[5])
attempt("getitem neg", lambda: deque([1])[-2])
attempt("slice", lambda: deque([1])[1:2])
attempt("str index", lambda: deque([1])["a"])
attempt("setitem", lambda: deque([1]).__setitem__(3, 1))
attempt("delitem", lambda: deque([1]).__delitem__(3))
attempt("concat", lambda: deque([1]) + [1])
attempt("mul str", lambda: deque([1]) * "a")
attempt("hash", lambda: hash(deque()))
attempt("lt list", lambda: deque([1]) < [2])
attempt("not iterable", lambda: deque(1))
attempt("count none", lambda: deque([1]).count())
attempt("append none", lambda: deque([1]).append())
attempt("append two", lambda: deque([1]).append(1, 2))
attempt("pop arg", lambda: deque([1]).pop(1))
attempt("extend int", lambda: deque([1]).extend(5))
attempt("attr", lambda: deque([1]).foo)
attempt("kw", lambda: deque(x=1))
attempt("three", lambda: deque([], 1, 2))
attempt("eq list", lambda: deque([1]) == [1])
attempt("ne", lambda: deque([1]) != deque([1]))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = deque([1, 2, 3])
for x in d:
    d[0] = 5
print(d)
d = deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.pop()
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except (StopIteration, RuntimeError) as e:
    print("again", type(e).__name__)
