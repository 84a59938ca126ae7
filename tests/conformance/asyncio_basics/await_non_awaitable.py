# Awaiting a non-awaitable inside asyncio.run raises TypeError with CPython's message.
import asyncio


async def main():
    for bad in [5, "s", None, [1]]:
        try:
            await bad
        except TypeError as e:
            print(type(e).__name__, e)

    class NoIter:
        def __await__(self):
            return 3

    try:
        await NoIter()
    except TypeError as e:
        print(type(e).__name__, e)
    print("done")


asyncio.run(main())
