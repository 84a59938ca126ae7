# Lock.acquire/release/locked and the RuntimeError for releasing an unlocked lock.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with lock:
        print("in async with:", lock.locked())
    print("after:", lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)


asyncio.run(main())
