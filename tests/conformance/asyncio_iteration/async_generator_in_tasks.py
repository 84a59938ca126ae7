# Two tasks iterate separate async generators concurrently; output interleaves step by step.
import asyncio


async def ticks(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def consume(name, n, delay, log):
    async for t in ticks(name, n, delay):
        log.append(t)


async def main():
    log = []
    await asyncio.gather(consume("a", 3, 0.05, log), consume("b", 4, 0.03, log))
    print(log)


asyncio.run(main())
