# With return_exceptions=True, cancelling the gather still cancels children; result says Cancelled.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "cleanup")


async def main():
    g = asyncio.gather(child("x"), child("y"), return_exceptions=True)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        r = await g
        print("result", [type(x).__name__ for x in r])
    except asyncio.CancelledError:
        print("CancelledError from gather")


asyncio.run(main())
