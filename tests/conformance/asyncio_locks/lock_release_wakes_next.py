# Releasing a lock wakes the first waiter; waiters run their critical sections one after another.
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(0.01)
    log.append("holder out")


async def waiter(name, lock, log):
    log.append(name + " waits")
    async with lock:
        log.append(name + " in")
    log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock, log))
    w2 = asyncio.create_task(waiter("w2", lock, log))
    await asyncio.gather(h, w1, w2)
    for line in log:
        print(line)


asyncio.run(main())
