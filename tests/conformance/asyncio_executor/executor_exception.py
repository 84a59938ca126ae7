# An exception in run_in_executor's function is raised by the awaited future.
import asyncio


def divide(a, b):
    return a / b


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, divide, 10, 4))
    try:
        await loop.run_in_executor(None, divide, 1, 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    fut = loop.run_in_executor(None, divide, 1, 0)
    await asyncio.wait([fut])
    print("exception:", type(fut.exception()).__name__)


asyncio.run(main())
