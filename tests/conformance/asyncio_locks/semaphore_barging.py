# Semaphore release followed by an immediate acquire from a new task: 3.11.7 wakes the waiter first.
import asyncio

log = []


async def holder(sem):
    async with sem:
        await asyncio.sleep(0.01)
        log.append("holder releases")


async def waiter(sem):
    async with sem:
        log.append("waiter acquired")


async def newcomer(sem):
    async with sem:
        log.append("newcomer acquired")


async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(sem))
    await asyncio.sleep(0.02)
    n = asyncio.create_task(newcomer(sem))
    await asyncio.gather(h, w, n)
    print(log)
    sem2 = asyncio.Semaphore(1)
    await sem2.acquire()
    w2 = asyncio.create_task(waiter(sem2))
    await asyncio.sleep(0)
    sem2.release()
    n2 = asyncio.create_task(newcomer(sem2))
    await asyncio.gather(w2, n2)
    print(log)


asyncio.run(main())
