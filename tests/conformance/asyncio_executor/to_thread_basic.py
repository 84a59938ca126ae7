# asyncio.to_thread runs a function in a thread with args and kwargs; exceptions propagate.
import asyncio


def work(a, b=1, *, scale=1):
    return (a + b) * scale


def fails(msg):
    raise ValueError(msg)


async def main():
    print(await asyncio.to_thread(work, 1))
    print(await asyncio.to_thread(work, 1, 2, scale=10))
    try:
        await asyncio.to_thread(fails, "thread failure")
    except ValueError as e:
        print(type(e).__name__, e)
    results = await asyncio.gather(*(asyncio.to_thread(work, i, i) for i in range(4)))
    print(results)


asyncio.run(main())
