# Semaphore(2) lets at most two workers in at once; entry order is FIFO.
import asyncio

DELAYS = [0.06, 0.04, 0.03, 0.08, 0.02, 0.03]


async def worker(i, sem, active, log):
    async with sem:
        active.append(i)
        log.append(f"in {i} active={sorted(active)}")
        await asyncio.sleep(DELAYS[i])
        active.remove(i)
        log.append(f"out {i}")


async def main():
    sem = asyncio.Semaphore(2)
    active, log = [], []
    await asyncio.gather(*(worker(i, sem, active, log) for i in range(6)))
    print("\n".join(log))
    print("locked:", sem.locked())


asyncio.run(main())
