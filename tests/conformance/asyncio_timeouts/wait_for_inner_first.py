# The inner awaitable finishes well before the timeout: no TimeoutError, timer discarded.
import asyncio


async def quick(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = []
    for i in range(5):
        results.append(await asyncio.wait_for(quick(i), timeout=0.3))
    print(results)
    await asyncio.sleep(0.1)
    print("still fine after the old timeouts would have expired:", round(loop.time() - t0, 1) < 0.3)


asyncio.run(main())
