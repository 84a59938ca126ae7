# StopIteration raised inside a coroutine becomes RuntimeError; inside a task too.
import asyncio


async def raises_stop():
    await asyncio.sleep(0)
    raise StopIteration("hidden")


async def main():
    try:
        await raises_stop()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    t = asyncio.create_task(raises_stop())
    try:
        await t
    except RuntimeError as e:
        print("task:", type(e).__name__, e)


asyncio.run(main())
