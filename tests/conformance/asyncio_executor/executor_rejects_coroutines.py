# run_in_executor checks coroutine functions only in debug mode; to_thread(coroutine fn) returns a coroutine.
import asyncio


async def coro_fn():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_in_executor(None, coro_fn)
    except TypeError as e:
        print(type(e).__name__, e)
    r = await asyncio.to_thread(coro_fn)
    print(type(r).__name__)
    print(await r)


asyncio.run(main())
