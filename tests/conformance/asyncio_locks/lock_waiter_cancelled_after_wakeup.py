# A lock waiter cancelled right after being woken passes the lock on to the next waiter.
import asyncio

log = []


async def user(name, lock):
    try:
        async with lock:
            log.append(f"{name} acquired")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(user("b", lock))
    c = asyncio.create_task(user("c", lock))
    await asyncio.sleep(0)
    lock.release()
    b.cancel()
    await asyncio.gather(b, c, return_exceptions=True)
    log.append(f"locked at end: {lock.locked()}")
    print("\n".join(log))


asyncio.run(main())
