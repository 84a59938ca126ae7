# gather(return_exceptions=True) puts exceptions in the result list in place.
import asyncio


async def ok(x):
    await asyncio.sleep(0.01 * x)
    return x


async def fail(x):
    await asyncio.sleep(0.01 * x)
    raise ValueError(f"fail {x}")


async def main():
    res = await asyncio.gather(ok(1), fail(2), ok(3), fail(0), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)


asyncio.run(main())
