# ensure_future wraps coroutines into tasks, returns futures unchanged, rejects other values.
import asyncio


async def coro():
    return "coro result"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaitable result"


async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result(1)
    print(asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, await a)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
