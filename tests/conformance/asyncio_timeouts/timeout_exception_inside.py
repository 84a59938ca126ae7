# Exceptions other than cancellation pass through a timeout block unchanged.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(0.01)
            raise ValueError("inside")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(0.5)
            finally:
                print("finally inside timeout block")
    except TimeoutError:
        print("TimeoutError after finally")


asyncio.run(main())
