# An async generator that yields while closing: aclose raises RuntimeError.
import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        yield "refuse"


async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


async def main():
    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    g2 = catches_exit()
    await anext(g2)
    await g2.aclose()
    print("closed cleanly")


asyncio.run(main())
