# Errors raised in the same loop step are all collected; later siblings get cancelled.
import asyncio


async def fail(kind, msg):
    await asyncio.sleep(0)
    raise kind(msg)


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail(ValueError, "one"))
            tg.create_task(fail(TypeError, "two"))
            tg.create_task(fail(ValueError, "three"))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [str(e) for e in eg.exceptions])


asyncio.run(main())
