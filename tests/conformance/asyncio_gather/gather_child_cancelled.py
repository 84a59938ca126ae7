# A child cancelled on its own makes gather raise CancelledError (or return it with return_exceptions).
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    a = asyncio.create_task(child(0.01))
    b = asyncio.create_task(child(0.1))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.02)
    b.cancel()
    res = await g
    print([type(r).__name__ for r in res], res[0])

    c = asyncio.create_task(child(0.1))
    g2 = asyncio.gather(c)
    await asyncio.sleep(0)
    c.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather2 raised CancelledError; gather cancelled:", g2.cancelled())


asyncio.run(main())
