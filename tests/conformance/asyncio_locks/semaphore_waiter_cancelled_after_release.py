# Semaphore: the woken waiter is cancelled before running; the permit must reach the next waiter.
import asyncio


async def user(name, sem, log):
    try:
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    log = []
    a = asyncio.create_task(user("a", sem, log))
    b = asyncio.create_task(user("b", sem, log))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, "locked:", sem.locked())


asyncio.run(main())
