# async with calls __aenter__/__aexit__; the exception info reaches __aexit__; True suppresses.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def main():
    async with Resource("a") as value:
        print("body got", value)
    async with Resource("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Resource("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("x") as x, Resource("y") as y:
        print("two managers", x, y)


asyncio.run(main())
