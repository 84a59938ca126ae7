@decorator
@mod.deco(arg=1)
async def f(a, b: int = 2, /, c=3, *args: str, d, e=5, **kwargs) -> "ret":
    """Docstring."""
    async with a as b, c as (d, e):
        pass
    async for x in y:
        await z
    else:
        return
    yield
    yield x
    yield from g()
    x = yield
    x = await asyncio.sleep(1)
    nonlocal q

class C(Base, metaclass=Meta, **kw):
    x: int = 0
    def m(self): return self.x
    @property
    def p(self): ...

class D: pass
class E(): pass

for i in range(10):
    if i == 0:
        continue
    elif i == 1:
        break
    elif i == 2:
        pass
    else:
        print(i)
else:
    done()

while True:
    break
else:
    pass

try:
    x()
except ValueError as e:
    pass
except (TypeError, KeyError):
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open("f") as f, open("g") as g:
    pass
with (open("f") as f, open("g") as g,):
    pass
with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
with a as b.c, d as e[0]:
    pass

match = 5
match(x)
match.foo = 1
case = 3
_ = 4
type = int
print(match, case, _)
x = [*a, *b]
x = (*a, *b)
x = {*a, *b}
a[*b]
a[1:2:3]
a[:]
a[::]
a[x:=1]
a[1, 2]
a[b, c:d]
x = y if z else w if v else u
x = (yield)
print((yield))
x = [(yield) for y in z] if False else 0
x = 1 if 2 else lambda: 3
f(x for x in y)
f(a, *b, c, d=1, *e, **g, h=2)
f(**a, **b)
x = a if b else c
x = not not not a
x = - - - 1
x = a or b or c and d and e or f
x = (a, b) = c
x = a == b == c
print("%s %d" % (1, 2))
print(1 if True else 2, end="")
async def g():
    return [x async for x in y]
    return {x: y async for x, y in z}
    await asyncio.gather(*[t() for t in ts])
def h(*, a, b=1): pass
def i(a, /): pass
def j(a, /, b, *, c): pass
def k(**kw): pass
def l(*a): pass
def m(a=1, /, b=2, *c, d, e=3, **f): pass
lambda a, /, b: 0
lambda *a, **k: 0
x = a.b.c.d(e)(f)[g]
x = 1_0.0_1e+1_0
x = 0.0
x = 1e300 * 1e10
x = 0e0
x = 100000000000000000.0
x = 1.0e-7
x = 12345678901234567890.0
x = 0.1 + 0.2
x = 2.5e-310
