# Condition errors: notify/wait without holding the lock; shared lock argument.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock held:", c2.locked())
    print("released:", c2.locked())


asyncio.run(main())
