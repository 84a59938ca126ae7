# With maxsize=2, three producers and two consumers interleave; every put/get is logged in order.
import asyncio

log = []


async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i} (size {q.qsize()})")


async def consumer(name, q, n):
    for _ in range(n):
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer("a", q, 3), producer("b", q, 2), consumer("X", q, 3), consumer("Y", q, 2),
                         producer("c", q, 0))
    print("\n".join(log))


asyncio.run(main())
