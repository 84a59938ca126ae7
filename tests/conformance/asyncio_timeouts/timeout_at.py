# timeout_at takes an absolute loop time; a deadline in the past fires at the first await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.03):
            await asyncio.sleep(0.3)
    except TimeoutError:
        print("timeout_at fired")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired")
    async with asyncio.timeout_at(loop.time() + 0.3):
        await asyncio.sleep(0.01)
    print("finished in time")


asyncio.run(main())
