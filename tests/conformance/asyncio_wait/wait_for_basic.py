# wait_for returns the result when the awaitable finishes before the timeout.
import asyncio


async def work(d):
    await asyncio.sleep(d)
    return f"slept {d}"


async def main():
    print(await asyncio.wait_for(work(0.01), timeout=0.2))
    print(await asyncio.wait_for(work(0.02), timeout=None))
    print(await asyncio.wait_for(work(0), 1))


asyncio.run(main())
