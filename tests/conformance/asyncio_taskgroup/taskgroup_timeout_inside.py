# asyncio.timeout inside TaskGroup children: one child times out and handles it; the group succeeds.
import asyncio


async def bounded(name, work, limit):
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(work)
            return f"{name} finished"
    except TimeoutError:
        return f"{name} gave up"


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(bounded(n, w, l)) for n, w, l in [("a", 0.01, 0.1), ("b", 0.3, 0.03), ("c", 0.02, 0.1)]]
    print([t.result() for t in ts])
    try:
        async with asyncio.timeout(0.03):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(1))
                tg.create_task(asyncio.sleep(2))
    except TimeoutError:
        print("timeout around a TaskGroup -> TimeoutError")


asyncio.run(main())
