# Blocked getters on a LifoQueue are served FIFO, but items come out LIFO once they accumulate.
import asyncio


async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name}<-{item}")


async def main():
    q = asyncio.LifoQueue()
    log = []
    ts = [asyncio.create_task(getter(n, q, log)) for n in ["g1", "g2"]]
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.gather(*ts)
    for x in "abc":
        q.put_nowait(x)
    ts = [asyncio.create_task(getter(n, q, log)) for n in ["g3", "g4", "g5"]]
    await asyncio.gather(*ts)
    print(log)


asyncio.run(main())
