# Default task names come from one process-wide counter: main is Task-1, and numbering continues
# across gather, wait_for, ensure_future, explicitly named tasks (which still use up a number),
# and the shutdown steps of asyncio.run (a second asyncio.run continues the count).
import asyncio


async def name_of_me():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main:", asyncio.current_task().get_name())
    print("created:", asyncio.create_task(name_of_me()).get_name())
    print("gather:", await asyncio.gather(name_of_me(), name_of_me()))
    print("wait_for:", await asyncio.wait_for(name_of_me(), 1))
    print("ensure_future:", await asyncio.ensure_future(name_of_me()))
    print("named:", asyncio.create_task(name_of_me(), name="x").get_name())
    print("next:", asyncio.create_task(name_of_me()).get_name())
    await asyncio.sleep(0.01)


asyncio.run(main())
asyncio.run(main())
