# The loop exception handler receives unretrieved task exceptions when the task is collected.
import asyncio
import sys

seen = []


def handler(loop, context):
    seen.append((context["message"], type(context.get("exception")).__name__))


async def failing():
    raise ArithmeticError("lost")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print(seen)
