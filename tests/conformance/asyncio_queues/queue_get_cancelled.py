# A get() cancelled while waiting does not lose an item; the next getter receives it.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("item")
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled())
    print("g2 got:", await g2)
    print("queue empty:", q.empty())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out; size", q.qsize())


asyncio.run(main())
