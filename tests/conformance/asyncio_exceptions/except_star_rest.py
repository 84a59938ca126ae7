# except* handles a subset; unhandled remainder propagates as a new group.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def inner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError(1)))
            tg.create_task(fail(OSError("disk")))
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "ValueError")


async def main():
    try:
        await inner()
    except* OSError as eg:
        print("outer got", [str(e) for e in eg.exceptions])
    try:
        raise ExceptionGroup("plain", [ValueError("x"), ValueError("y")])
    except* ValueError as eg:
        print(eg.message, [str(e) for e in eg.exceptions])


asyncio.run(main())
