# ExceptionGroup from a TaskGroup: repr, split, subgroup, and nested str.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v")))
            tg.create_task(fail(KeyError("k")))
            tg.create_task(fail(ValueError("w")))
    except ExceptionGroup as eg:
        print(repr(eg))
        match, rest = eg.split(ValueError)
        print(repr(match))
        print(repr(rest))
        print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
        print(eg.subgroup(OSError))
        print(str(eg))


asyncio.run(main())
