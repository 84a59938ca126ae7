# An ExceptionGroup escaping asyncio.run: stdout up to that point is kept and the exit status is 1.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n}")


async def main():
    print("starting group")
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(fail(n))
    print("not reached")


asyncio.run(main())
