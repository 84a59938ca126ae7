# A second cancel while the task is awaiting inside its cleanup interrupts the cleanup too.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("first cancel, cleaning up")
        try:
            await asyncio.sleep(1)
            print("cleanup finished (wrong)")
        except asyncio.CancelledError:
            print("cleanup interrupted by second cancel")
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())


asyncio.run(main())
