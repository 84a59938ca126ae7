# The ExceptionGroup raised by TaskGroup: its message, count and the order of sub-exceptions
# (both tasks fail in the same loop iteration, so both are collected, in creation order).
import asyncio


async def fail(n, d):
    await asyncio.sleep(0)
    raise KeyError(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("b", 0.02))
            tg.create_task(fail("a", 0.01))
    except ExceptionGroup as eg:
        print(type(eg).__name__)
        print(str(eg))
        print(eg.message)
        print([repr(e) for e in eg.exceptions])


asyncio.run(main())
