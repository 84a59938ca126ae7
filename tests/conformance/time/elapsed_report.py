import asyncio
import time


async def step(name, seconds):
    t0 = time.perf_counter()
    await asyncio.sleep(seconds)
    elapsed = time.perf_counter() - t0
    print(f"{name} took {elapsed:0.1f} seconds")
    return elapsed


async def main():
    start = time.perf_counter()
    await step("first", 0.5)
    durations = await asyncio.gather(step("a", 1.0), step("b", 0.2))
    total = time.perf_counter() - start
    print(f"total {total:0.1f}s, max {max(durations):0.1f}s")
    before = time.monotonic()
    time.sleep(0.3)
    print(f"blocking sleep {time.monotonic() - before:.1f}")


s = time.perf_counter()
asyncio.run(main())
print(f"{time.perf_counter() - s:.1f}")
