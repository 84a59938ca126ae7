# Producer/consumer driven only by sleep(0) and a bounded queue: the exact handoff sequence.
import asyncio

log = []


async def producer(q, name, n):
    for i in range(n):
        log.append(f"{name} put {i}")
        await q.put((name, i))
        await asyncio.sleep(0)
    log.append(f"{name} done")


async def consumer(q, name):
    while True:
        who, i = await q.get()
        log.append(f"{name} got {who}{i}")
        for _ in range(i % 3):
            await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    cons = [asyncio.create_task(consumer(q, f"C{k}")) for k in range(2)]
    await asyncio.gather(producer(q, "p", 5), producer(q, "r", 3))
    await q.join()
    for c in cons:
        c.cancel()
    await asyncio.gather(*cons, return_exceptions=True)
    print("\n".join(log))


asyncio.run(main())
