# as_completed yields awaitables in completion order.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    coros = [work("a", 0.05), work("b", 0.01), work("c", 0.03), work("d", 0.02)]
    for fut in asyncio.as_completed(coros):
        print(await fut)


asyncio.run(main())
