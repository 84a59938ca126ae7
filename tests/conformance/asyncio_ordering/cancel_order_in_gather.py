# When a gather is cancelled, children see CancelledError in argument order.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup done")
        raise


async def main():
    g = asyncio.gather(child("c3"), child("c1"), child("c2"))
    await asyncio.sleep(0.01)
    g.cancel()
    await asyncio.gather(g, return_exceptions=True)
    print("\n".join(log))


asyncio.run(main())
