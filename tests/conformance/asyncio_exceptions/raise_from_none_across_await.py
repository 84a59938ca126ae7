# raise ... from None across awaits suppresses the context; re-raise keeps the original object.
import asyncio


async def lookup(d, k):
    await asyncio.sleep(0)
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None


async def passthrough(d, k):
    try:
        return await lookup(d, k)
    except LookupError:
        await asyncio.sleep(0)
        raise


async def main():
    try:
        await passthrough({"a": 1}, "b")
    except LookupError as e:
        print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    print(await passthrough({"a": 1}, "a"))


asyncio.run(main())
