# asyncio.wait(ALL_COMPLETED) returns (done, pending) sets; print sorted results.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    tasks = [asyncio.create_task(work(x, d)) for x, d in [(3, 0.03), (1, 0.01), (2, 0.02)]]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    print(type(done).__name__, type(pending).__name__)


asyncio.run(main())
