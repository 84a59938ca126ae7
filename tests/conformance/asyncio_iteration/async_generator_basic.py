# An async generator driven by async for, with awaits between yields.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1
    print("generator exhausted")


async def main():
    async for x in countdown(3):
        print("got", x)
    agen = countdown(2)
    print(type(agen).__name__, hasattr(agen, "__anext__"))
    print(await agen.__anext__(), await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    print(await anext(countdown(0), "default"))


asyncio.run(main())
