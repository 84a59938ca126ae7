# A timer that expired while the loop was busy runs after callbacks already queued in that iteration.
import asyncio
import time

log = []


async def busy():
    log.append("busy starts")
    time.sleep(0.05)
    log.append("busy ends")
    await asyncio.sleep(0)
    log.append("busy resumed")


async def timed():
    await asyncio.sleep(0.01)
    log.append("timed woke")


async def main():
    t = asyncio.create_task(timed())
    await asyncio.sleep(0)
    b = asyncio.create_task(busy())
    await asyncio.gather(t, b)
    print("\n".join(log))


asyncio.run(main())
