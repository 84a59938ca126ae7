# asyncio: a producer and a consumer passing 100 000 items through an asyncio.Queue.
import asyncio

N = 100_000


async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    count = 0
    while True:
        item = await q.get()
        if item is None:
            return total, count
        total += item
        count += 1


async def main():
    q = asyncio.Queue(maxsize=100)
    _, (total, count) = await asyncio.gather(producer(q), consumer(q))
    print(count, total, q.qsize())


asyncio.run(main())
