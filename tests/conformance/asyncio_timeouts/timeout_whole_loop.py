# One timeout around a whole loop of work: items processed before the deadline are kept.
import asyncio


async def main():
    done = []
    try:
        async with asyncio.timeout(0.19):
            for i in range(10):
                await asyncio.sleep(0.05)
                done.append(i)
    except TimeoutError:
        print("deadline hit after items", done)


asyncio.run(main())
