# A lock, a queue and sleeps combined: tasks hand items through a critical section in a fixed order.
import asyncio

log = []


async def producer(q):
    for i in range(4):
        await q.put(i)
        log.append(f"put {i}")
        await asyncio.sleep(0.04)
    await q.put(None)
    await q.put(None)


async def consumer(name, q, lock):
    while True:
        item = await q.get()
        if item is None:
            log.append(f"{name} exit")
            return
        async with lock:
            log.append(f"{name} locked {item}")
            await asyncio.sleep(0.07)
            log.append(f"{name} unlock {item}")


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await asyncio.gather(producer(q), consumer("c1", q, lock), consumer("c2", q, lock))
    print("\n".join(log))


asyncio.run(main())
