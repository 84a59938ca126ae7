# TimeoutError from wait_for and from asyncio.timeout: __cause__/__context__ and suppress flags.
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print("wait_for:", repr(e), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout:", repr(e), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    print(repr(asyncio.CancelledError()), repr(asyncio.CancelledError("m")), str(asyncio.CancelledError("m")))


asyncio.run(main())
