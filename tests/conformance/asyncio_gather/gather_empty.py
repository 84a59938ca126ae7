# gather() with no arguments completes with an empty list.
import asyncio


async def main():
    g = asyncio.gather()
    print(type(g).__name__, g.done())
    print(await g)
    print(await asyncio.gather(*[]))


asyncio.run(main())
