# An exception escaping through gather and asyncio.run: earlier output kept, exit status 1.
import asyncio


async def step(n):
    await asyncio.sleep(0.02 * n)
    print("step", n)
    if n == 2:
        raise ArithmeticError("step 2 failed")
    return n


async def main():
    print(await asyncio.gather(*(step(n) for n in range(4))))


asyncio.run(main())
