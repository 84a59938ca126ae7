# An exception inside wait_for's awaitable propagates unchanged.
import asyncio


async def bad():
    await asyncio.sleep(0.01)
    raise LookupError("not found")


async def main():
    try:
        await asyncio.wait_for(bad(), 1)
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait_for(bad(), None)
    except LookupError as e:
        print(type(e).__name__, e)


asyncio.run(main())
