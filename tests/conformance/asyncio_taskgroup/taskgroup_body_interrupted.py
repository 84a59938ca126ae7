# A child failure cancels the body of the async with block at its current await.
import asyncio


async def fail_soon():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            try:
                print("body waiting")
                await asyncio.sleep(1)
                print("body resumed (wrong)")
            except asyncio.CancelledError:
                print("body got CancelledError; cancelling =", asyncio.current_task().cancelling())
                raise
    except ExceptionGroup as eg:
        print(repr(eg))
        print("cancelling after group:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("main continues normally")


asyncio.run(main())
