# An empty TaskGroup exits immediately; a group with only a cancelled task exits cleanly.
import asyncio


async def main():
    async with asyncio.TaskGroup():
        print("empty body")
    print("after empty")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(1))
        t.cancel()
    print("cancelled child:", t.cancelled())


asyncio.run(main())
