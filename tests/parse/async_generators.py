import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    async for x in ticker(0.1, 5):
        print(x)
    squares = [i * i async for i in ticker(0, 4)]
    evens = {i async for i in ticker(0, 10) if i % 2 == 0}
    table = {i: await asyncio.sleep(0, result=i) async for i in ticker(0, 3)}
    gen = (i async for i in ticker(0, 3))
    print(squares, evens, table, gen)
    agen = ticker(0, 2)
    print(await agen.__anext__())
    await agen.aclose()

asyncio.run(main())
