# Cancelling a task waiting on a lock removes it from the queue; the next waiter gets the lock.
import asyncio


async def user(name, lock, hold):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(hold)
            print(name, "releasing")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; lock held by another:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock, 0.03))
    b = asyncio.create_task(user("b", lock, 0.01))
    c = asyncio.create_task(user("c", lock, 0.01))
    await asyncio.sleep(0.01)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled(), "lock free:", not lock.locked())


asyncio.run(main())
