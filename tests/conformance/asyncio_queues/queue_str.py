# str() of queues shows maxsize, contents and unfinished tasks (repr has an address, so only str).
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    print(str(q))
    q.task_done()
    print(str(q))
    b = asyncio.Queue(maxsize=3)
    print(str(b))
    p = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        p.put_nowait(x)
    print(str(p))
    l = asyncio.LifoQueue()
    l.put_nowait("a")
    print(str(l))


asyncio.run(main())
