# Lock waiters acquire in FIFO order of their acquire() calls.
import asyncio


async def worker(name, lock, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0.01)
        log.append(name + "-")


async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "dacb"]
    await asyncio.gather(*tasks)
    print(" ".join(log))


asyncio.run(main())
