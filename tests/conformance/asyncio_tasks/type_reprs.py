# print(type(x)) for asyncio objects, as tutorials often do; module names of the classes.
import asyncio


async def coro():
    return 1


async def agen():
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(coro())
    objs = [t, loop.create_future(), coro(), agen(), asyncio.Lock(), asyncio.Event(), asyncio.Queue(),
            asyncio.Semaphore(), asyncio.TaskGroup(), asyncio.timeout(1), asyncio.gather(), loop]
    for o in objs:
        print(type(o))
    for cls in [asyncio.Task, asyncio.Future, asyncio.Lock, asyncio.Queue, asyncio.CancelledError,
                asyncio.TimeoutError, asyncio.InvalidStateError, asyncio.Runner]:
        print(cls.__module__, cls.__qualname__)
    try:
        asyncio.Task.all_tasks()
    except AttributeError as e:
        print(type(e).__name__, e)
    objs[2].close()
    await t


asyncio.run(main())
