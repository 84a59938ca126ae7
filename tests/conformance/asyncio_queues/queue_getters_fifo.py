# Several tasks blocked in get() are served in the order they started waiting.
import asyncio


async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name}:{item}")


async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(n, q, log)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    for x in "xyz":
        q.put_nowait(x)
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
