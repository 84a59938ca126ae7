# Newer syntax inside coroutines: await in f-strings, walrus, parenthesised async with, nested awaits.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


class CM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("exit", self.name)


async def main():
    print(f"value is {await value(3)} and doubled {2 * await value(4)}")
    if (n := await value(10)) > 5:
        print("walrus got", n)
    async with (CM("a") as a, CM("b") as b):
        print("inside", a, b)
    total = sum([await value(i) for i in range(5) if await value(i % 2)])
    print("odd total", total)
    print(await value(await value(await value("nested"))))


asyncio.run(main())
