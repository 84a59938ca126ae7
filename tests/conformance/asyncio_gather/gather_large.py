# Gathering many tasks: results in order and sums checked.
import asyncio


async def square(i):
    await asyncio.sleep((i % 5) * 0.01)
    return i * i


async def main():
    res = await asyncio.gather(*(square(i) for i in range(50)))
    print(res[:10], len(res), sum(res))


asyncio.run(main())
