# Breaking out of async for leaves the generator suspended; aclose() runs its finally block.
import asyncio


async def resource():
    print("open")
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("cleanup (finally)")
        await asyncio.sleep(0)
        print("cleanup finished")


async def main():
    gen = resource()
    async for x in gen:
        print("item", x)
        if x == 2:
            break
    print("loop left, now aclose")
    await gen.aclose()
    print("aclose again is a no-op")
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")


asyncio.run(main())
