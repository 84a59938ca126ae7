# asyncio.Task(coro) and loop.create_task behave like create_task; Task needs a coroutine.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "worked"


async def main():
    t = asyncio.Task(work(), name="direct")
    print(t.get_name(), await t)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
