# A Barrier is cyclic: it can be passed several rounds; async with works and returns the index.
import asyncio


async def worker(i, barrier, log):
    for rnd in range(3):
        await asyncio.sleep(0.01 * ((i + rnd) % 3))
        async with barrier as idx:
            log.append((rnd, i, idx))


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(worker(i, barrier, log) for i in range(3)))
    for rnd in range(3):
        entries = [e for e in log if e[0] == rnd]
        print(rnd, sorted(e[2] for e in entries), [e[1] for e in entries])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
