# Items from an async generator processed with bounded concurrency (Semaphore + TaskGroup), results in input order.
import asyncio


async def source():
    for i in range(8):
        await asyncio.sleep(0)
        yield i


async def process(i, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        for _ in range(i % 3 + 1):
            await asyncio.sleep(0)
        active[0] -= 1
        return f"item{i}"


async def main():
    sem = asyncio.Semaphore(3)
    active, peak = [0], [0]
    tasks = []
    async with asyncio.TaskGroup() as tg:
        async for i in source():
            tasks.append(tg.create_task(process(i, sem, active, peak)))
    print([t.result() for t in tasks])
    print("peak concurrency:", peak[0])


asyncio.run(main())
