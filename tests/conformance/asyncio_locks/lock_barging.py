# After release, a task that calls acquire() before the woken waiter runs: who gets the lock (3.11 rules).
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()

    async def waiter():
        await lock.acquire()
        log.append("waiter got it")
        lock.release()

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    lock.release()

    async def barger():
        await lock.acquire()
        log.append("barger got it")
        lock.release()

    b = asyncio.create_task(barger())
    await asyncio.gather(w, b)
    print(log)


asyncio.run(main())
