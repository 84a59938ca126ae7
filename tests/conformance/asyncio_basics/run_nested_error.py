# asyncio.run() refuses to run inside a running loop; the coroutine passed in is never started.
import asyncio


async def inner():
    print("inner ran")
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    # the coroutine is still usable: await it here
    print("awaited:", await coro)


asyncio.run(main())
print("finished")
