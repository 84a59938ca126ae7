# Misusing Timeout objects: re-entering and rescheduling outside the block.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    async with cm:
        await asyncio.sleep(0)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print(type(e).__name__, e)
    fresh = asyncio.timeout(1)
    try:
        fresh.reschedule(3)
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
