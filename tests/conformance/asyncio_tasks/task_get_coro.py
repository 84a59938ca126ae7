# Task.get_coro returns the wrapped coroutine object.
import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x


async def main():
    c = job(3)
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(t.get_coro().__name__, t.get_coro().__qualname__)
    print(await t)
    print(t.get_coro() is c)
    print(asyncio.current_task().get_coro().__name__)


asyncio.run(main())
