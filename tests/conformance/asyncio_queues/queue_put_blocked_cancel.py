# A put() blocked on a full queue can be cancelled; its item is not added.
import asyncio


async def main():
    q = asyncio.Queue(1)
    await q.put("first")
    p = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0)
    print("put done:", p.done(), "size:", q.qsize())
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print("cancelled:", p.cancelled())
    print(q.get_nowait(), q.qsize())
    await q.put("third")
    print(q.get_nowait())


asyncio.run(main())
