# Tutorial-style: workers pull "sleep jobs" from a queue; total is reported after join.
import asyncio
import random

random.seed(1)


async def worker(name, queue, totals):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        totals[name] = totals.get(name, 0) + 1
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    delays = [round(random.uniform(0.01, 0.05), 2) for _ in range(12)]
    print("jobs:", delays)
    for d in delays:
        queue.put_nowait(d)
    totals = {}
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, totals)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("jobs done:", sum(totals.values()))


asyncio.run(main())
