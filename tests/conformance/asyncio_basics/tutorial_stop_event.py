# Tutorial-style: background workers loop until a stop Event is set, then report their counts.
import asyncio


async def worker(name, stop, period, counts):
    counts[name] = 0
    while not stop.is_set():
        counts[name] += 1
        try:
            await asyncio.wait_for(stop.wait(), period)
        except TimeoutError:
            pass
    print(name, "stopping")


async def main():
    stop = asyncio.Event()
    counts = {}
    tasks = [asyncio.create_task(worker(n, stop, p, counts)) for n, p in [("w-fast", 0.1), ("w-slow", 0.25)]]
    await asyncio.sleep(0.35)
    stop.set()
    await asyncio.gather(*tasks)
    print(counts)


asyncio.run(main())
