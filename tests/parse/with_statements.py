from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def cm(tag):
    print("enter", tag)
    yield tag
    print("exit", tag)

with cm(1):
    pass
with cm(1) as a:
    print(a)
with cm(1) as a, cm(2) as b:
    print(a, b)
with (cm(1) as a, cm(2) as b):
    print(a, b)
with (
    cm(1) as a,
    cm(2),
    cm(3) as c,
):
    pass
with (cm(1)):
    pass
with (cm(1)) as x:
    pass
with (cm(1), cm(2)):
    pass
with cm(1) as (p, q):
    pass
with cm(1) as [p, q]:
    pass
with suppress(KeyError), nullcontext() as n:
    {}["x"]
obj = type("O", (), {})()
with cm(1) as obj.attr, cm(2) as d["k"]:
    pass
