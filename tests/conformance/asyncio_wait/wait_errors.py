# asyncio.wait argument errors: empty set, bad return_when, bare coroutines.
import asyncio


async def coro():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)
    t = asyncio.create_task(coro())
    try:
        await asyncio.wait([t], return_when="SOMETIME")
    except ValueError as e:
        print(type(e).__name__, e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await t


asyncio.run(main())
