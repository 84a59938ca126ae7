# Semaphore(2) with workers that yield a different number of times inside: the full event log.
import asyncio

log = []


async def worker(i, sem):
    log.append(f"w{i} wants")
    async with sem:
        log.append(f"w{i} in")
        for _ in range(3 - i % 3):
            await asyncio.sleep(0)
        log.append(f"w{i} out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(i, sem) for i in range(5)))
    print("\n".join(log))


asyncio.run(main())
