# sys.exit inside a task awaited by main ends the program with that status.
import asyncio
import sys


async def quitter():
    await asyncio.sleep(0)
    print("quitting with 2")
    sys.exit(2)


async def main():
    await asyncio.create_task(quitter())
    print("not reached")


asyncio.run(main())
