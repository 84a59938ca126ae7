# A watchdog cancels a worker whose heartbeats stop; heartbeats are counted, not timed.
import asyncio


async def worker(beats, stall_after):
    for i in range(10):
        if i == stall_after:
            print("worker stalls")
            await asyncio.sleep(1)
        await asyncio.sleep(0.02)
        beats.append(i)


async def watchdog(task, beats, limit):
    last = -1
    while not task.done():
        await asyncio.sleep(limit)
        if len(beats) == last:
            print("no heartbeat: cancelling worker after", len(beats), "beats")
            task.cancel()
            return
        last = len(beats)


async def main():
    beats = []
    t = asyncio.create_task(worker(beats, 4))
    await asyncio.gather(watchdog(t, beats, 0.13), return_exceptions=True)
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled; beats:", beats)


asyncio.run(main())
