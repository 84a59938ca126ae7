# TaskGroup reprs: before entering, while running with tasks, while cancelling, after exit.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("x")


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0.01))
        tg.create_task(asyncio.sleep(0.02))
        print(repr(tg))
    print(repr(tg))
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(fail())
            tg2.create_task(asyncio.sleep(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg2))
                raise
    except* ValueError:
        print(repr(tg2))


asyncio.run(main())
