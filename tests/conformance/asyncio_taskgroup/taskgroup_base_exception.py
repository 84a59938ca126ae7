# A KeyboardInterrupt-like BaseException (SystemExit) in a child is re-raised directly, not grouped.
import asyncio


async def exits():
    await asyncio.sleep(0)
    raise SystemExit(4)


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(exits())
    except SystemExit as e:
        print("SystemExit", e.code)
    except BaseExceptionGroup as eg:
        print("group", [type(x).__name__ for x in eg.exceptions])


asyncio.run(main())
