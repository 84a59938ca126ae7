# Reusing coroutine objects: awaiting a finished coroutine, and a second task over a running one.
import asyncio


async def once():
    await asyncio.sleep(0.01)
    return "once"


async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    c2 = once()
    t1 = asyncio.create_task(c2)
    await asyncio.sleep(0)
    t2 = asyncio.create_task(c2)
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print([x if isinstance(x, str) else f"{type(x).__name__}: {x}" for x in r])


asyncio.run(main())
