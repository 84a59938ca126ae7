import asyncio
import time


def sync_task(n):
    print(f"sync task {n} start")
    time.sleep(0.1)
    print(f"sync task {n} end")
    return n


async def async_task(n):
    print(f"async task {n} start")
    await asyncio.sleep(0.1)
    print(f"async task {n} end")
    return n


def run_sync():
    start = time.perf_counter()
    results = [sync_task(i) for i in range(3)]
    elapsed = time.perf_counter() - start
    print(f"sync: {results} in {elapsed:0.2f}s")


async def run_async():
    start = time.perf_counter()
    results = await asyncio.gather(*map(async_task, range(3)))
    elapsed = time.perf_counter() - start
    print(f"async: {results} in {elapsed:0.2f}s")


run_sync()
asyncio.run(run_async())
