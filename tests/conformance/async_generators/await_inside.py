# `await` inside an async generator: its yielded values go to the driver (the "event loop"),
# while the generator's own `yield` completes the __anext__ await.
class Future:
    def __init__(self, name):
        self.name = name
        self.result = None

    def __await__(self):
        yield self
        return self.result

    def __repr__(self):
        return f"Future({self.name})"


async def ticker(n):
    for i in range(n):
        f = Future(f"tick{i}")
        got = await f
        yield (i, got)


async def consumer():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out


c = consumer()
fut = c.send(None)
step = 0
try:
    while True:
        print("loop sees", fut)
        fut.result = f"result{step}"
        step += 1
        fut = c.send(None)
except StopIteration as e:
    print(e.value)


async def nested_agens():
    async def inner():
        yield "a"
        await Future("inner-wait")
        yield "b"

    async def outer():
        async for v in inner():
            yield v.upper()
            await Future("outer-wait")

    return [v async for v in outer()]


c = nested_agens()
try:
    while True:
        print("loop sees", c.send(None))
except StopIteration as e:
    print(e.value)
