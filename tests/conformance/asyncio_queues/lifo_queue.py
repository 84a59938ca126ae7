# LifoQueue returns the most recently added item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for x in range(5):
        await q.put(x)
    print([await q.get() for _ in range(3)])
    await q.put("new")
    print([q.get_nowait() for _ in range(q.qsize())])
    lq = asyncio.LifoQueue(maxsize=1)
    lq.put_nowait("only")
    try:
        lq.put_nowait("extra")
    except asyncio.QueueFull:
        print("LifoQueue full")


asyncio.run(main())
