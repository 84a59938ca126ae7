# current_task is the task running the code; in nested coroutines it is the same task.
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def child(tag):
    await asyncio.sleep(0)
    return tag, await who()


async def main():
    asyncio.current_task().set_name("main-task")
    print(await who())
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in range(3)]
    for t in tasks:
        print(await t)
    print(await who())
    print(asyncio.current_task() is asyncio.current_task())


asyncio.run(main())
