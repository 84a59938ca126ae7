# StopIteration/StopAsyncIteration raised inside an async generator become RuntimeError.
import asyncio


async def raises(exc):
    yield 1
    raise exc


async def failing_midway():
    try:
        yield "a"
        raise KeyError("mid")
    finally:
        print("failing_midway finally")


async def main():
    for exc in [StopIteration("si"), StopAsyncIteration("sai")]:
        try:
            async for x in raises(exc):
                print("got", x)
        except RuntimeError as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    try:
        async for x in failing_midway():
            print("got", x)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
