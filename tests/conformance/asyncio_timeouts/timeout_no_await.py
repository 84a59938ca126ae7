# A timeout whose block never awaits cannot fire; and an expired timeout after the block is ignored.
import asyncio


async def main():
    async with asyncio.timeout(0) as cm:
        total = sum(range(1000))
    print("sum", total, "expired:", cm.expired())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) with an await fires")


asyncio.run(main())
