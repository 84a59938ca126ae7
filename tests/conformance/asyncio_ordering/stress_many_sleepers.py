# Fifty tasks each doing a few sleep(0) and one timed sleep; the final ordering is checked compactly.
import asyncio

log = []


async def worker(i):
    for _ in range(i % 4):
        await asyncio.sleep(0)
    log.append(("spin", i))
    await asyncio.sleep((i % 5) * 0.03)
    log.append(("timer", i))


async def main():
    await asyncio.gather(*(worker(i) for i in range(50)))
    spins = [i for kind, i in log if kind == "spin"]
    timers = [i for kind, i in log if kind == "timer"]
    print(spins)
    print(timers)


asyncio.run(main())
