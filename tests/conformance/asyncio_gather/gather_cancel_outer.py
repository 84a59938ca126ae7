# Cancelling the gather future cancels all children that are not done yet.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    children = [asyncio.create_task(child(n, d)) for n, d in [("a", 0.01), ("b", 0.2), ("c", 0.3)]]
    g = asyncio.gather(*children)
    await asyncio.sleep(0.05)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print([c.cancelled() for c in children])
    print(g.cancelled())


asyncio.run(main())
