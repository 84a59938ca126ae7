# A deep chain of nested awaits (300 levels) with a suspension at the bottom.
import asyncio


async def down(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await down(n - 1)


async def main():
    print(await down(300))
    t = asyncio.create_task(down(200))
    print(await t)


asyncio.run(main())
