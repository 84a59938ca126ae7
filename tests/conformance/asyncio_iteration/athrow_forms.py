# athrow with an exception class, an instance, and the (type, value) form; gen returns its handler value.
import asyncio


async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            yield "handled"


async def main():
    g = catcher()
    print(await anext(g))
    print(await g.athrow(ValueError))
    print(await anext(g))
    print(await g.athrow(KeyError("k")))
    print(await anext(g))
    print(await g.athrow(TypeError, TypeError("both")))
    await g.aclose()


asyncio.run(main())
