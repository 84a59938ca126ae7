# put() wakes the first getter, which is cancelled before it runs: the item goes to the next getter.
import asyncio


async def getter(name, q, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter("g1", q, log))
    g2 = asyncio.create_task(getter("g2", q, log))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(log, "size:", q.qsize())


asyncio.run(main())
