# Bad arguments to wait_for/timeout/sleep-like helpers: the TypeErrors CPython raises.
import asyncio


async def main():
    for bad in ["1", [1]]:
        try:
            await asyncio.wait_for(asyncio.sleep(0), bad)
        except TypeError as e:
            print("wait_for", type(e).__name__, e)
    try:
        async with asyncio.timeout("soon"):
            await asyncio.sleep(0)
    except TypeError as e:
        print("timeout", type(e).__name__, e)
    try:
        await asyncio.wait([asyncio.create_task(asyncio.sleep(0))], timeout="x")
    except TypeError as e:
        print("wait", type(e).__name__, e)
    await asyncio.sleep(0)


asyncio.run(main())
