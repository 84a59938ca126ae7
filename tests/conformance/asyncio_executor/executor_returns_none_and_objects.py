# Executor functions returning None, tuples and mutated objects; the caller sees the same objects.
import asyncio


def mutate(lst):
    lst.append("from thread")


def pair(a, b):
    return (b, a)


async def main():
    data = []
    r = await asyncio.to_thread(mutate, data)
    print(r, data)
    print(await asyncio.to_thread(pair, 1, "x"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sorted, [3, 1, 2]))
    print(await loop.run_in_executor(None, max, 4, 9, 2))


asyncio.run(main())
