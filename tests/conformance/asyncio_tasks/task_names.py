# create_task(name=), default names Task-N, set_name with non-strings.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(noop(), name="worker")
    t2 = asyncio.create_task(noop())
    print(t1.get_name())
    print(t2.get_name().startswith("Task-"))
    t2.set_name("renamed")
    print(t2.get_name())
    t2.set_name(12345)
    print(repr(t2.get_name()))
    t3 = asyncio.create_task(noop(), name=None)
    print(t3.get_name().startswith("Task-"))
    print(asyncio.current_task().get_name().startswith("Task-"))
    await asyncio.gather(t1, t2, t3)
    print("after done:", t1.get_name())


asyncio.run(main())
