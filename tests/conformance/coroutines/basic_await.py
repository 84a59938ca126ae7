# Awaiting coroutines without an event loop: a driver that sends None until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return [first, second]


async def nothing():
    pass


print(run(add(1, 2)))
print(run(twice(5)))
print(run(nothing()))
c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))


class Box:
    async def method(self, n):
        return await add(n, 100)

    @staticmethod
    async def static(n):
        return n * 2


b = Box()
print(run(b.method(1)), run(Box.static(21)))
print(Box.method.__qualname__)


async def outer():
    async def inner(v):
        return v + 1
    total = 0
    for i in range(5):
        total += await inner(i)
    return total


print(run(outer()))
print(outer.__qualname__, type(outer).__name__)


async def with_defaults(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))


print(run(with_defaults(1)))
print(run(with_defaults(1, 5, 6, 7, c=8, z=9)))
try:
    with_defaults()
except TypeError as e:
    print(type(e).__name__, e)
