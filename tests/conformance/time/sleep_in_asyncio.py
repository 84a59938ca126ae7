import asyncio
import time


async def worker(name, delay):
    start = time.monotonic()
    await asyncio.sleep(delay)
    return name, round(time.monotonic() - start, 1)


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.5), worker("c", 0.1))
    print(results)
    print(round(time.perf_counter() - t0, 1))
    loop = asyncio.get_running_loop()
    print(round(abs(loop.time() - time.monotonic()), 1))
    time.sleep(0.2)  # blocks the loop
    print(round(time.perf_counter() - t0, 1))


asyncio.run(main())
print(type(time.ctime()), len(time.ctime()))
