# loop.shutdown_asyncgens / shutdown_default_executor can be awaited explicitly before the end.
import asyncio


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed by shutdown_asyncgens")


async def main():
    loop = asyncio.get_running_loop()
    g = agen()
    print(await anext(g))
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")
    print(await asyncio.to_thread(len, "abc"))
    await loop.shutdown_default_executor()
    print("executor shut down")


asyncio.run(main())
