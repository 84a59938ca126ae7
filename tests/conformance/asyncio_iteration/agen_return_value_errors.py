# Async generator misuse: asend non-None first, running anext twice concurrently.
import asyncio


async def gen():
    await asyncio.sleep(0.01)
    yield 1


async def main():
    g = gen()
    try:
        await g.asend("x")
    except TypeError as e:
        print(type(e).__name__, e)
    g2 = gen()
    first = asyncio.ensure_future(anext(g2))
    await asyncio.sleep(0)
    try:
        await anext(g2)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await first)
    print(type(anext(g2)).__name__)


asyncio.run(main())
