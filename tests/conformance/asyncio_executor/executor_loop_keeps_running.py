# While a blocking call runs in a worker thread, the event loop keeps serving other tasks.
import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return "blocking done"


async def ticker(ticks, stop):
    while not stop.is_set():
        await asyncio.sleep(0.1)
        ticks.append(len(ticks))


async def main():
    ticks = []
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(ticks, stop))
    result = await asyncio.to_thread(blocking, 0.25)
    seen = len(ticks)
    stop.set()
    await t
    print(result, "ticks while the thread ran:", seen)


asyncio.run(main())
