# Semaphore value semantics: locked(), release above the initial value, invalid initial value.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    print("locked:", sem.locked())
    print(await sem.acquire())
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    print("after two releases, two acquires without blocking:")
    await sem.acquire()
    await sem.acquire()
    print("locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    zero = asyncio.Semaphore(0)
    print("zero locked:", zero.locked())
    try:
        await asyncio.wait_for(zero.acquire(), 0.01)
    except TimeoutError:
        print("zero semaphore blocks")


asyncio.run(main())
