# A child that raises CancelledError itself counts as cancelled, not as a failure of the group.
import asyncio


async def quitter():
    await asyncio.sleep(0)
    raise asyncio.CancelledError()


async def normal():
    await asyncio.sleep(0.01)
    return "normal done"


async def main():
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quitter())
        n = tg.create_task(normal())
    print(q.cancelled(), n.result())


asyncio.run(main())
