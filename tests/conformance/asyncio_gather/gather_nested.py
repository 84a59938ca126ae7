# Gathers of gathers produce nested result lists.
import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    print("val", x)
    return x


async def main():
    inner1 = asyncio.gather(val(1, 0.03), val(2, 0.01))
    inner2 = asyncio.gather(val(3, 0.02), val(4, 0.0))
    res = await asyncio.gather(inner1, inner2, val(5, 0.015))
    print(res)


asyncio.run(main())
