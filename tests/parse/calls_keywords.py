print()
print(1)
print(1, 2,)
print(sep="")
print(1, sep="", end="\n")
print(*[1], **{"sep": ""})
sorted([3, 1], key=lambda x: x, reverse=True)
dict(a=1, b=2)
max(x for x in range(3))
sum((x for x in range(3)), 0)
f = print
f(
    "multi",
    "line",
    sep=", ",
)
(print)("parenthesized callee")
print("chained").__class__
getattr(print, "__name__")()
print(print(1))
obj = type("O", (), {"m": lambda self, *a, **k: (a, k)})()
print(obj.m(1, 2, x=3))
print(obj.m(*range(2), **dict(x=1)))
