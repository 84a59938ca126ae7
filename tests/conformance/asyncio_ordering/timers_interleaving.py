# Tasks with different sleep lengths: the print order follows virtual wake-up times.
import asyncio

log = []


async def worker(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")


async def main():
    await asyncio.gather(worker("A", 0.09, 4), worker("B", 0.15, 3), worker("C", 0.21, 2))
    print(" ".join(log))


asyncio.run(main())
