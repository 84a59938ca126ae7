# SystemExit raised in a background task that nobody awaits still stops the loop and the program.
import asyncio
import sys


async def background():
    await asyncio.sleep(0.075)
    print("background exits with 3")
    sys.exit(3)


async def main():
    asyncio.create_task(background())
    for i in range(5):
        print("main tick", i)
        await asyncio.sleep(0.05)
    print("main finished (not reached)")


try:
    asyncio.run(main())
finally:
    print("finally at top level")
