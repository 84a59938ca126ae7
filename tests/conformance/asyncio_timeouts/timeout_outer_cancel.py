# Cancelling a task blocked inside asyncio.timeout() gives CancelledError, not TimeoutError.
import asyncio


async def guarded():
    try:
        async with asyncio.timeout(0.3):
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError (wrong)")


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.02)
    t.cancel("outer")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, t.cancelled())


asyncio.run(main())
