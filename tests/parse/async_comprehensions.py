import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    a = [x async for x in agen(3)]
    b = [await double(x) for x in range(3)]
    c = [await double(x) async for x in agen(3) if await double(x) > 0]
    d = {x: await double(x) async for x in agen(3)}
    e = {x async for x in agen(3)}
    f = [y for x in range(2) async for y in agen(x)]
    g = (x async for x in agen(2))
    h = [x async for x in agen(2) for y in range(2)]
    print(a, b, c, d, e, f, [x async for x in g], h)

asyncio.run(main())
