# Task results can be any object; identity is preserved through await.
import asyncio

SENTINEL = object()


async def give(x):
    await asyncio.sleep(0)
    return x


async def main():
    values = [None, 0, "", (1, 2), {"k": [1]}, SENTINEL]
    tasks = [asyncio.create_task(give(v)) for v in values]
    for v, t in zip(values, tasks):
        r = await t
        print(type(r).__name__, r is v)


asyncio.run(main())
