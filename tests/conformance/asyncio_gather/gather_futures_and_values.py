# gather accepts tasks, coroutines and plain futures mixed; non-awaitables raise TypeError.
import asyncio


async def coro():
    return "coro"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    t = asyncio.create_task(coro())
    print(await asyncio.gather(f, t, coro()))
    try:
        await asyncio.gather(coro(), 5)
    except TypeError as e:
        print(type(e).__name__, e)
    await asyncio.sleep(0)


asyncio.run(main())
