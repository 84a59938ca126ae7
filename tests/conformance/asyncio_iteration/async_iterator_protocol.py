# A class implementing __aiter__/__anext__ works with async for and async comprehensions.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i * 10


async def main():
    async for v in Ticker(3):
        print(v)
    print([v async for v in Ticker(4)])
    t = Ticker(1)
    print(aiter(t) is t)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
