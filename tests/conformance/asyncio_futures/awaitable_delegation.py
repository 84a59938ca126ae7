# Custom awaitables delegating to a Future, to a Task and to a coroutine via __await__.
import asyncio


class FutureBacked:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return self.fut.__await__()


class TwoStep:
    def __init__(self, coro_fn):
        self.coro_fn = coro_fn

    def __await__(self):
        a = yield from self.coro_fn(1).__await__()
        b = yield from self.coro_fn(2).__await__()
        return a + b


async def times_ten(x):
    await asyncio.sleep(0)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "from future")
    print(await FutureBacked(f))
    t = asyncio.create_task(times_ten(5))
    print(await FutureBacked(t))
    print(await TwoStep(times_ten))
    print(await asyncio.gather(TwoStep(times_ten), FutureBacked(asyncio.ensure_future(times_ten(7)))))
    print(await asyncio.wait_for(TwoStep(times_ten), 1))


asyncio.run(main())
