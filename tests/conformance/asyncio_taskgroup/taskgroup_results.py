# TaskGroup waits for all its tasks; results are read from the tasks afterwards.
import asyncio


async def fetch(x, d):
    await asyncio.sleep(d)
    print("fetched", x)
    return x * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch(1, 0.06))
        t2 = tg.create_task(fetch(2, 0.02))
        t3 = tg.create_task(fetch(3, 0.04))
        print("tasks created, none done:", any(t.done() for t in (t1, t2, t3)))
    print("after block:", t1.result(), t2.result(), t3.result())


asyncio.run(main())
