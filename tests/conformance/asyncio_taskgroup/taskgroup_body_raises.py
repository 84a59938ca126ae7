# An exception in the async-with body cancels the group's tasks and is wrapped in the group.
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleanup")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", [repr(e) for e in eg.exceptions])


asyncio.run(main())
