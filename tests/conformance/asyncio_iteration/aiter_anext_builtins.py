# The aiter()/anext() builtins: errors for non-async iterables and the default value.
import asyncio


async def one():
    yield "only"


async def main():
    it = aiter(one())
    print(await anext(it))
    print(await anext(it, "fallback"))
    for bad in [[1], 5]:
        try:
            aiter(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        anext([1])
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
