# iscoroutine / iscoroutinefunction / isfuture on coroutines, tasks, futures and plain values.
import asyncio


async def coro_fn():
    return 1


def plain():
    return 1


async def main():
    c = coro_fn()
    t = asyncio.create_task(coro_fn())
    f = asyncio.get_running_loop().create_future()
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(t), asyncio.iscoroutine(1))
    print("isfuture:", asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(c))
    print("task is Future:", isinstance(t, asyncio.Future), isinstance(f, asyncio.Task))
    print("type names:", type(t).__name__, type(f).__name__, type(c).__name__)
    print(await c, await t)
    f.set_result(5)
    print(await f)


asyncio.run(main())
