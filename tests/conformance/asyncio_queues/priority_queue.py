# PriorityQueue returns the smallest item first (tuples compare element-wise).
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await q.put(item)
    while not q.empty():
        print(await q.get())
    q2 = asyncio.PriorityQueue()
    for x in [5, 3, 9, 1, 1, 4]:
        q2.put_nowait(x)
    print([q2.get_nowait() for _ in range(q2.qsize())])


asyncio.run(main())
