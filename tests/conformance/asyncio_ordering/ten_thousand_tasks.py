# Scale: ten thousand tasks, each yielding twice; completion order and sums are checked.
import asyncio

order = []


async def job(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    order.append(i)
    return i % 7


async def main():
    results = await asyncio.gather(*(job(i) for i in range(10000)))
    print(len(results), sum(results))
    print(order[:5], order[-5:], order == sorted(order))


asyncio.run(main())
