# Awaiting coroutines one by one takes the sum of their sleeps; tasks overlap (print rounded loop time).
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r1 = await work("a", 0.1)
    r2 = await work("b", 0.2)
    print("sequential:", r1, r2, round(loop.time() - t0, 1))
    t0 = loop.time()
    ta = asyncio.create_task(work("a", 0.1))
    tb = asyncio.create_task(work("b", 0.2))
    print("concurrent:", await ta, await tb, round(loop.time() - t0, 1))


asyncio.run(main())
