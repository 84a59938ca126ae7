# Raising a different exception while handling CancelledError replaces it.
import asyncio


async def converter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("converted from cancel")


async def main():
    t = asyncio.create_task(converter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print(type(e).__name__, e)
        print("context:", type(e.__context__).__name__)
    print("cancelled:", t.cancelled(), "exception:", type(t.exception()).__name__)


asyncio.run(main())
