# Outside debug mode call_soon/call_later accept any object; bad callbacks fail only when run (stderr).
import asyncio


async def coro():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    for bad in [coro, 5, "x"]:
        try:
            loop.call_soon(bad)
            print("accepted", type(bad).__name__)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        loop.call_later(0.1, 7)
    except TypeError as e:
        print(type(e).__name__, e)
    await asyncio.sleep(0.01)


asyncio.run(main())
