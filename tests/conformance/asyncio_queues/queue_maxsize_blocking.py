# A bounded queue blocks producers; blocked putters resume in FIFO order as space frees up.
import asyncio


async def producer(name, q, log):
    for i in range(2):
        log.append(f"{name} putting {i}")
        await q.put(f"{name}{i}")
        log.append(f"{name} put {i}")


async def main():
    q = asyncio.Queue(maxsize=1)
    log = []
    ps = [asyncio.create_task(producer(n, q, log)) for n in ["p", "q"]]
    await asyncio.sleep(0.01)
    got = []
    for _ in range(4):
        got.append(await q.get())
        log.append(f"got {got[-1]}")
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print("\n".join(log))
    print(got)


asyncio.run(main())
