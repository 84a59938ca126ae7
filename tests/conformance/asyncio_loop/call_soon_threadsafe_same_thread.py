# call_soon_threadsafe from the loop's own thread shares the FIFO ready queue with call_soon.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, 1)
    h = loop.call_soon_threadsafe(log.append, 2)
    loop.call_soon(log.append, 3)
    loop.call_soon_threadsafe(log.append, 4)
    print(type(h).__name__)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
