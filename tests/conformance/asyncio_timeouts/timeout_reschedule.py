# Timeout.reschedule moves the deadline: later, earlier, or removes it with None.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.05) as cm:
            cm.reschedule(loop.time() + 0.18)
            await asyncio.sleep(0.1)
            print("survived past the original deadline")
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("timed out at", round(loop.time() - t0, 1))
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(None)
        print("when:", cm.when())
        await asyncio.sleep(0.05)
    print("no deadline: ok")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(0.3)
    except TimeoutError:
        print("deadline added later fired")


asyncio.run(main())
