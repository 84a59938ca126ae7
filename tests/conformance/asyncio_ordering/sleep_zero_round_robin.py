# sleep(0) yields to every other ready task: three tasks with different step counts interleave.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-end")


async def main():
    await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 4))
    print(" ".join(log))


asyncio.run(main())
