# Nested TaskGroups: inner failure propagates as a nested ExceptionGroup through the outer one.
import asyncio


async def boom(msg):
    await asyncio.sleep(0.01)
    raise RuntimeError(msg)


async def fine(name, d):
    await asyncio.sleep(d)
    print(name, "ok")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fine("inner-fast", 0))
        tg.create_task(boom("inner failed"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fine("outer-slow", 0.5))
    except ExceptionGroup as eg:
        print("outer:", eg.message, len(eg.exceptions))
        sub = eg.exceptions[0]
        print("nested:", type(sub).__name__, [str(e) for e in sub.exceptions])
    async with asyncio.TaskGroup() as outer:
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fine("i", 0.01))
        outer.create_task(fine("o", 0.01))
    print("clean nesting done")


asyncio.run(main())
