# 3.10 removed the loop= parameter: primitives and helpers reject it with CPython's messages.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for factory in [asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.Queue]:
        try:
            factory(loop=loop)
        except TypeError as e:
            print(factory.__name__, type(e).__name__, e)
    for call in [lambda: asyncio.sleep(0, loop=loop), lambda: asyncio.gather(loop=loop)]:
        try:
            r = call()
            await r
        except TypeError as e:
            print(type(e).__name__, e)


asyncio.run(main())
