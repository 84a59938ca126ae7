# Async generator error cases and messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1


g = agen()
for op in [lambda: iter(g), lambda: next(g), lambda: g.send(None)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    raise StopIteration
    yield


async def drain(gen):
    return [x async for x in gen]


for gen in [raises_stop_async(), raises_stop()]:
    try:
        print(run(drain(gen)))
    except RuntimeError as e:
        print(type(e).__name__, e)


class Pause:
    def __await__(self):
        yield "pause"


async def slow():
    await Pause()
    yield "slow value"


g = slow()
a1 = g.__anext__()
print(a1.send(None))
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    a1.send(None)
except StopIteration as e:
    print("a1 done", e.value)
try:
    a1.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

c = g.aclose()
try:
    c.send(None)
except StopIteration:
    print("aclose done")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

g = slow()
a = g.__anext__()
a.send(None)
t = g.athrow(ValueError)
try:
    t.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = g.aclose()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def raises_value():
    yield 1
    raise ValueError("inside agen")


async def use():
    async for x in raises_value():
        print("got", x)


try:
    run(use())
except ValueError as e:
    print(type(e).__name__, e)
