# asyncio.timeout uses cancelling()/uncancel(): an outer cancel during a timeout block still wins.
import asyncio


async def body():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout (wrong)")
    except asyncio.CancelledError:
        print("body cancelled from outside, cancelling =", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

    async def inner_timeout():
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)

    t2 = asyncio.create_task(inner_timeout())
    r = await asyncio.gather(t2, return_exceptions=True)
    print(type(r[0]).__name__, "cancelling after:", t2.cancelling())


asyncio.run(main())
