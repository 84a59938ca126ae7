# athrow with an exception the generator does not handle propagates out; generator is finished.
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


async def main():
    g = gen()
    print(await anext(g))
    try:
        await g.athrow(KeyError("injected"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("generator finished")
    g2 = gen()
    try:
        await g2.athrow(ValueError("before start"))
    except ValueError as e:
        print("unstarted:", e)


asyncio.run(main())
