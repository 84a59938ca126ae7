# create_task on a finished TaskGroup raises RuntimeError; unentered groups too.
import asyncio


async def noop():
    return None


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    tg2 = asyncio.TaskGroup()
    c = noop()
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
