# asyncio: 10 000 tasks, each awaiting asyncio.sleep(0) ten times (100 000 task switches).
import asyncio


async def worker(i, counts):
    for _ in range(10):
        await asyncio.sleep(0)
    counts[i % 10] += 1
    return i


async def main():
    counts = [0] * 10
    tasks = [asyncio.create_task(worker(i, counts)) for i in range(10_000)]
    total = 0
    for t in tasks:
        total += await t
    print(total, counts)


asyncio.run(main())
