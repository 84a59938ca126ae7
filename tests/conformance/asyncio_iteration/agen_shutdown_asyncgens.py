# asyncio.run finalizes async generators left suspended (shutdown_asyncgens): finally runs.
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalized")


holder = []


async def main():
    g = gen()
    holder.append(g)
    print(await anext(g))
    print("main ends with the generator suspended")


asyncio.run(main())
print("after run")
