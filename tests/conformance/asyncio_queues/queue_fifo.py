# Queue is FIFO; qsize/empty/full track contents; maxsize=0 is unbounded.
import asyncio


async def main():
    q = asyncio.Queue()
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
    for x in ["a", "b", "c"]:
        await q.put(x)
    print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    print([await q.get() for _ in range(3)])
    print("qsize:", q.qsize(), "empty:", q.empty())


asyncio.run(main())
