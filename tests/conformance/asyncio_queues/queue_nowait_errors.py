# put_nowait on a full queue raises QueueFull; get_nowait on an empty one raises QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    print("full:", q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(str(e)))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))
    print("negative maxsize acts unbounded:", asyncio.Queue(maxsize=-1).full())


asyncio.run(main())
