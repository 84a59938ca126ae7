# Awaiting an already finished task/future returns immediately without letting others run.
import asyncio

log = []


async def quick():
    return "q"


async def chatter():
    for i in range(3):
        log.append(f"chatter {i}")
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    c = asyncio.create_task(chatter())
    log.append("await done task: " + await t)
    log.append("await again: " + await t)
    await asyncio.sleep(0)
    log.append("main after yield")
    await c
    print("\n".join(log))


asyncio.run(main())
