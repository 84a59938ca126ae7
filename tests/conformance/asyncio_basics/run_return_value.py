# asyncio.run returns the coroutine's return value; the loop is closed afterwards.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = await compute(3)
    b = await compute(a)
    return [a, b, "done"]


result = asyncio.run(main())
print("result:", result)
print("type:", type(result).__name__)
print("again:", asyncio.run(compute(21)))
print("none:", asyncio.run(asyncio.sleep(0)))
print("sleep result:", asyncio.run(asyncio.sleep(0, result="slept")))
