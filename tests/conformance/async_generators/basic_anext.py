# Driving an async generator by hand: __anext__() gives an awaitable whose StopIteration
# carries the next value; the end is StopAsyncIteration.
async def agen():
    yield 1
    yield 2
    return


g = agen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.__aiter__() is g)
print(repr(g).startswith("<async_generator object agen at 0x"))
for _ in range(4):
    aw = g.__anext__()
    print(type(aw).__name__)
    try:
        aw.send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))


def run(coro):
    try:
        while True:
            got = coro.send(None)
            print("  driver got", got)
    except StopIteration as e:
        return e.value


async def take_all(gen):
    out = []
    async for v in gen:
        out.append(v)
    return out


async def numbers(n):
    for i in range(n):
        yield i * i


print(run(take_all(numbers(5))))


async def yields_none():
    yield
    yield None


print(run(take_all(yields_none())))

# Iterating with __next__ on the awaitable.
g = numbers(2)
aw = g.__anext__()
print(iter(aw) is aw, aw.__await__() is aw)
try:
    aw.__next__()
except StopIteration as e:
    print("next gave", e.value)
