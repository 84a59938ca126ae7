# Nested timeouts: the one that fires is the one whose block re-raises TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.2):
            try:
                async with asyncio.timeout(0.03):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer timeout fired")
    try:
        async with asyncio.timeout(0.03):
            try:
                async with asyncio.timeout(0.3):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner (wrong)")
            except asyncio.CancelledError:
                print("inner block sees CancelledError")
                raise
    except TimeoutError:
        print("outer fired first")


asyncio.run(main())
