# __aiter__ written as an async generator method; a class used by async for several times.
import asyncio


class Countdown:
    def __init__(self, start):
        self.start = start

    async def __aiter__(self):
        for i in range(self.start, 0, -1):
            await asyncio.sleep(0)
            yield i


async def main():
    c = Countdown(3)
    print([x async for x in c])
    print([x async for x in c])
    it = aiter(c)
    print(type(it).__name__, await anext(it))
    await it.aclose()


asyncio.run(main())
