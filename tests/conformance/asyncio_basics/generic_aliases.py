# asyncio classes are subscriptable in annotations (evaluated at runtime at module level).
import asyncio

queue_hint: asyncio.Queue[int] = None
print(asyncio.Queue[int])
print(asyncio.Future[str], asyncio.Task[None])
print(asyncio.PriorityQueue[tuple[int, str]], asyncio.LifoQueue[str])


async def producer(q: asyncio.Queue[int]) -> asyncio.Task[None]:
    await q.put(1)


print(producer.__annotations__["q"], producer.__annotations__["return"])


async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    await producer(q)
    print(q.get_nowait())


if __name__ == "__main__":
    asyncio.run(main())
