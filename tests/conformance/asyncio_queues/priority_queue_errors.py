# PriorityQueue with items that cannot be compared raises TypeError from heapq (in put and in get).
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    q.put_nowait((1, {"a": 1}))
    try:
        q.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("put:", type(e).__name__, e)
    print(q.qsize())
    try:
        q.get_nowait()
    except TypeError as e:
        print("get:", type(e).__name__, e)
    ok = asyncio.PriorityQueue()
    ok.put_nowait((2, "b"))
    ok.put_nowait((1, "z"))
    print(ok.get_nowait())


asyncio.run(main())
