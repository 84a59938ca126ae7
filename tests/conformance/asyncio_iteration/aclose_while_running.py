# aclose()/asend() on an async generator that is currently suspended in an await raise RuntimeError.
import asyncio


async def slow_gen():
    await asyncio.sleep(0.02)
    yield 1


async def main():
    g = slow_gen()
    t = asyncio.ensure_future(anext(g))
    await asyncio.sleep(0)
    for name, make in [("aclose", g.aclose), ("asend", lambda: g.asend(None)), ("athrow", lambda: g.athrow(ValueError))]:
        try:
            await make()
        except RuntimeError as e:
            print(name, type(e).__name__, e)
    print(await t)
    await g.aclose()


asyncio.run(main())
