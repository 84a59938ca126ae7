# BoundedSemaphore(0) cannot be released; Semaphore(0) can, and then one acquire succeeds.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(0)
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    s = asyncio.Semaphore(0)
    s.release()
    print("acquired:", await s.acquire(), "locked:", s.locked())
    try:
        asyncio.BoundedSemaphore(-2)
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
