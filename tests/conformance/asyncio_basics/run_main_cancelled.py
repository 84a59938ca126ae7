# The main task cancelling itself: asyncio.run raises CancelledError out to the caller.
import asyncio


async def main():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    finally:
        print("main finally")


try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("asyncio.run raised", type(e).__name__)


async def main2():
    raise asyncio.CancelledError("raised directly")


try:
    asyncio.run(main2())
except asyncio.CancelledError as e:
    print("asyncio.run raised", type(e).__name__, e.args)
