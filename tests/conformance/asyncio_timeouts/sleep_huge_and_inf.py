# Very long and infinite sleeps are fine as long as something cancels them.
import asyncio


async def main():
    for d in [1e9, float("inf")]:
        try:
            await asyncio.wait_for(asyncio.sleep(d), 0.02)
        except TimeoutError:
            print("sleep", d, "timed out")
    t = asyncio.create_task(asyncio.sleep(10**6, result="never"))
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)
    for bad in ["1", None]:
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print(type(e).__name__, e)


asyncio.run(main())
