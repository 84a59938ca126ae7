# asyncio.timeout() raises TimeoutError out of the block when the deadline passes.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            print("inside")
            await asyncio.sleep(0.5)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), type(e.__context__).__name__)
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("no timeout; expired:", cm.expired())
    print("after")


asyncio.run(main())
