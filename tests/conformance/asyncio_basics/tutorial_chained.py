# Tutorial-style chained coroutines: part1 feeds part2 for several inputs running concurrently.
import asyncio


async def part1(n):
    await asyncio.sleep(0.03 * (4 - n))
    result = f"result{n}-1"
    print(f"part1({n}) returned {result}")
    return result


async def part2(n, arg):
    await asyncio.sleep(0.05 * n)
    result = f"result{n}-2 derived from {arg}"
    print(f"part2({n}, {arg!r}) returned {result}")
    return result


async def chain(n):
    p1 = await part1(n)
    p2 = await part2(n, p1)
    print(f"chained result {n}: {p2}")


async def main():
    await asyncio.gather(*(chain(n) for n in [1, 2, 3]))


asyncio.run(main())
