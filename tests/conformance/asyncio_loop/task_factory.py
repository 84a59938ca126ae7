# loop.set_task_factory: every create_task goes through the factory; get_task_factory returns it.
import asyncio

created = []


def factory(loop, coro, **kwargs):
    created.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)


async def child(x):
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    print("default factory:", loop.get_task_factory())
    loop.set_task_factory(factory)
    print("installed:", loop.get_task_factory() is factory)
    r = await asyncio.gather(child(1), child(2))
    t = asyncio.create_task(child(3), name="named")
    print(r, await t, t.get_name())
    print(created)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
