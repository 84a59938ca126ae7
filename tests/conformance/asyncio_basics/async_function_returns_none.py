# Async functions without return give None; async lambdas don't exist, but closures over coroutines work.
import asyncio


async def nothing():
    await asyncio.sleep(0)


def make_adder(n):
    async def add(x):
        await asyncio.sleep(0)
        return x + n
    return add


async def main():
    print(await nothing())
    add5 = make_adder(5)
    print(await add5(10), add5.__name__, add5.__qualname__)
    print(await asyncio.gather(*(make_adder(i)(i) for i in range(4))))


asyncio.run(main())
