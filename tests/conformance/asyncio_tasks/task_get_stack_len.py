# Task.get_stack(): one frame while suspended, none when finished normally.
import asyncio


async def sleeper():
    await asyncio.sleep(0.01)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("suspended:", len(t.get_stack()))
    await t
    print("done:", len(t.get_stack()))


asyncio.run(main())
