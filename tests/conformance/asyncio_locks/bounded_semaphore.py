# BoundedSemaphore raises ValueError when released more than acquired.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(type(e).__name__, e)
    async with sem:
        async with sem:
            print("both slots taken, locked:", sem.locked())
    print("locked:", sem.locked())


asyncio.run(main())
