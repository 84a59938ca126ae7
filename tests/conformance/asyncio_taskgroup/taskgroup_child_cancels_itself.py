# A child that is cancelled individually does not fail the group; the other tasks finish.
import asyncio


async def worker(n):
    await asyncio.sleep(0.02 * n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(n)) for n in range(1, 4)]
        await asyncio.sleep(0)
        ts[1].cancel()
    print([("cancelled" if t.cancelled() else t.result()) for t in ts])


asyncio.run(main())
