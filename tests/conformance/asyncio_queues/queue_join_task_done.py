# join() blocks until task_done was called once per item; extra task_done raises ValueError.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02 * item)
        log.append(f"{name} did {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for item in [5, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all work done")
    print("\n".join(log))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    await q.join()
    print("join on an empty queue returns at once")


asyncio.run(main())
