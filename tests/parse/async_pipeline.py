import asyncio

SENTINEL = object()


async def produce(out_q, n):
    for i in range(n):
        await out_q.put(i)
        print(f"produced {i}")
    await out_q.put(SENTINEL)


async def transform(in_q, out_q):
    while (item := await in_q.get()) is not SENTINEL:
        await out_q.put(item * 10)
    await out_q.put(SENTINEL)


async def consume(in_q):
    total = 0
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            break
        total += item
    return total


async def main():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    *_, total = await asyncio.gather(produce(q1, 5), transform(q1, q2), consume(q2))
    print("total", total)

asyncio.run(main())
