# Async comprehensions: list/set/dict/generator forms, with await in the element and filters.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in numbers(5)])
    print([x async for x in numbers(10) if x % 3 == 0])
    print(sorted({x % 3 async for x in numbers(7)}))
    print({x: x * x async for x in numbers(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in numbers(3)])
    gen = (x + 100 async for x in numbers(3))
    print(type(gen).__name__, [y async for y in gen])
    print([(a, b) async for a in numbers(2) for b in "xy"])


asyncio.run(main())
