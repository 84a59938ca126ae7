# Chained async generators form a lazy pipeline: each stage pulls from the previous one.
import asyncio


async def source(n):
    for i in range(n):
        print("source yields", i)
        yield i
        await asyncio.sleep(0)


async def evens(agen):
    async for x in agen:
        if x % 2 == 0:
            yield x


async def scaled(agen, k):
    async for x in agen:
        yield x * k


async def main():
    async for v in scaled(evens(source(6)), 10):
        print("sink got", v)


asyncio.run(main())
