# A worker pool inside a TaskGroup: workers pull jobs from a queue and store results; sentinels stop them.
import asyncio


async def worker(wid, jobs, results, log):
    while True:
        job = await jobs.get()
        if job is None:
            log.append(f"w{wid} exits")
            return
        await asyncio.sleep(0.01 * (job % 4))
        results[job] = job * job
        log.append(f"w{wid} did {job}")


async def main():
    jobs = asyncio.Queue()
    results, log = {}, []
    for j in range(10):
        jobs.put_nowait(j)
    for _ in range(3):
        jobs.put_nowait(None)
    async with asyncio.TaskGroup() as tg:
        for wid in range(3):
            tg.create_task(worker(wid, jobs, results, log))
    print(sorted(results.items()))
    print(len(log), sorted(l for l in log if "exits" in l))


asyncio.run(main())
