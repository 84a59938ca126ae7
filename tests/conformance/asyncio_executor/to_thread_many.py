# Many to_thread calls gathered: results keep argument order regardless of thread timing.
import asyncio
import time


def slow_square(x):
    time.sleep(0.001 * (10 - x))
    return x * x


async def main():
    print(await asyncio.gather(*(asyncio.to_thread(slow_square, i) for i in range(10))))
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, slow_square, i) for i in range(5)]
    done, _ = await asyncio.wait(futs)
    print(sorted(f.result() for f in done))


asyncio.run(main())
