add = lambda a, b: a + b
default = lambda a, b=2: a * b
star = lambda *a, **k: (a, k)
kwonly = lambda *, x=1: x
posonly = lambda a, /, b: a - b
nested = lambda x: lambda y: x + y
cond = lambda x: "pos" if x > 0 else "neg"
noargs = lambda: None
print(add(1, 2), default(3), star(1, k=2), kwonly(), posonly(5, 1), nested(1)(2), cond(-1), noargs())
keyf = sorted([3, 1, 2], key=lambda v: -v)
counters = [(lambda n=n: n) for n in range(3)]
print(keyf, [c() for c in counters])
