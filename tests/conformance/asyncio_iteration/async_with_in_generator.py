# async with inside an async generator: the context exits when the generator is closed early.
import asyncio


class Conn:
    async def __aenter__(self):
        print("conn open")
        return self

    async def __aexit__(self, *exc):
        print("conn closed, exception:", exc[0].__name__ if exc[0] else None)
        return False


async def rows():
    async with Conn():
        for i in range(5):
            await asyncio.sleep(0)
            yield i


async def main():
    gen = rows()
    async for r in gen:
        print("row", r)
        if r == 1:
            break
    await gen.aclose()
    print("full iteration:")
    print([r async for r in rows()])


asyncio.run(main())
