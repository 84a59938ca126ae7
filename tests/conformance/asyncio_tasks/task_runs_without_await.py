# A created task starts at the next loop iteration even if nobody awaits it.
import asyncio


async def background(log):
    log.append("bg started")
    await asyncio.sleep(0)
    log.append("bg step 2")


async def main():
    log = []
    t = asyncio.create_task(background(log))
    log.append("created")
    print(log)
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0)
    print(log, t.done())
    await asyncio.sleep(0)
    print(t.done())


asyncio.run(main())
