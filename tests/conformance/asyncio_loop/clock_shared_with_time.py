# time.monotonic/perf_counter/time and loop.time advance together across asyncio sleeps (rounded).
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    m0, p0, t0, l0 = time.monotonic(), time.perf_counter(), time.time(), loop.time()
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.1)
    print(round(time.monotonic() - m0, 1), round(time.perf_counter() - p0, 1),
          round(time.time() - t0, 1), round(loop.time() - l0, 1))
    time.sleep(0.2)
    print(round(loop.time() - l0, 1), round(time.monotonic() - m0, 1))


asyncio.run(main())
