# gather(...).cancel(msg) passes the message to the children; the awaiter sees it too.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "sees", e.args)
        raise


async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    print(g.cancel("gather stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args)


asyncio.run(main())
