# gather schedules its coroutines in argument order: they start in that order.
import asyncio


async def step(name):
    print("start", name)
    await asyncio.sleep(0)
    print("middle", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    print(await asyncio.gather(*(step(c) for c in "abcd")))


asyncio.run(main())
