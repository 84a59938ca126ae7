import asyncio
import contextlib


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type)
        return False


@contextlib.asynccontextmanager
async def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    finally:
        print("teardown", name)


async def main():
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        print(a.name, b.name)
    async with (
        managed("x") as x,
        managed("y") as y,
    ):
        print(x, y)
    async with contextlib.AsyncExitStack() as stack:
        r = await stack.enter_async_context(managed("z"))
        print(r)

asyncio.run(main())
