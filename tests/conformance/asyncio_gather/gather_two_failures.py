# Two failures: gather raises the earliest; the later one is not retrieved but the task still ends.
import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    print(name, "raising")
    raise ValueError(name)


async def main():
    t1 = asyncio.create_task(fail("first", 0.01))
    t2 = asyncio.create_task(fail("second", 0.03))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print("caught", e)
    print("t2 done:", t2.done())
    await asyncio.sleep(0.05)
    print("t2 done:", t2.done(), "exception:", t2.exception())


asyncio.run(main())
