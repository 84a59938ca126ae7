# If the inner coroutine swallows the cancel and returns a value, 3.11 wait_for returns that value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("stubborn swallowed cancel")
        return "late value"


async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.02)
        print("returned", r)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
