# Cancelling a task that awaits another task cancels the awaited task too.
import asyncio


async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf cancelled")
        raise


async def middle():
    t = asyncio.create_task(leaf())
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled; leaf cancelled:", t.cancelled())
        raise


async def main():
    m = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    m.cancel()
    r = await asyncio.gather(m, return_exceptions=True)
    print(type(r[0]).__name__)


asyncio.run(main())
