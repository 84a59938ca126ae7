# Timeout.expired() and when(): after a timeout fires the context manager reports expired.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.03)
    try:
        async with cm:
            print("when set:", cm.when() is not None)
            print("expired inside:", cm.expired())
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("expired after:", cm.expired())
    t0 = loop.time()
    cm2 = asyncio.timeout(None)
    async with cm2:
        print("when:", cm2.when())
        await asyncio.sleep(0.01)
    print("expired none:", cm2.expired())


asyncio.run(main())
