# TaskGroup failures arrive as an ExceptionGroup; except* splits them by type.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(TypeError("t1"), 0.01))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
