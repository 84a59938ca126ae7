# TaskGroup.create_task accepts name=; tasks can add more tasks to the group while it runs.
import asyncio


async def spawner(tg, depth, log):
    log.append(asyncio.current_task().get_name())
    if depth > 0:
        tg.create_task(spawner(tg, depth - 1, log), name=f"level-{depth - 1}")
    await asyncio.sleep(0.01)


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3, log), name="level-3")
    print(log)


asyncio.run(main())
