# wait_for nested in wait_for: the shorter timeout wins; the outer sees the TimeoutError from inside.
import asyncio


async def slow():
    await asyncio.sleep(0.5)
    return "slow"


async def inner():
    try:
        return await asyncio.wait_for(slow(), 0.03)
    except TimeoutError:
        print("inner timed out")
        raise


async def main():
    try:
        await asyncio.wait_for(inner(), 0.3)
    except TimeoutError:
        print("outer got TimeoutError")
    try:
        await asyncio.wait_for(asyncio.wait_for(slow(), 0.3), 0.03)
    except TimeoutError:
        print("outer timeout fired first")


asyncio.run(main())
