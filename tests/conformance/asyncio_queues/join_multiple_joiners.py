# Several tasks blocked in join() all wake once the last task_done() is called.
import asyncio


async def joiner(name, q, log):
    await q.join()
    log.append(f"{name} joined")


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(3):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(n, q, log)) for n in ["j1", "j2"]]
    await asyncio.sleep(0)
    for _ in range(3):
        item = q.get_nowait()
        q.task_done()
        log.append(f"done {item}, unfinished left? {not js[0].done()}")
        await asyncio.sleep(0)
    await asyncio.gather(*js)
    print("\n".join(log))


asyncio.run(main())
