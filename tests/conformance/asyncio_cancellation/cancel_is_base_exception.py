# CancelledError is a BaseException: `except Exception` does not catch it.
import asyncio


async def guarded():
    try:
        try:
            await asyncio.sleep(1)
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print("BaseException handler:", type(e).__name__)
        raise


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError.__mro__[1].__name__)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())


asyncio.run(main())
