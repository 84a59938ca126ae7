# A Future is awaitable via __await__/__iter__; a pending future yields itself to the task.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    first = next(it)
    print("yields itself:", first is f)
    f.set_result("ok")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    g = loop.create_future()
    g.set_result(5)
    print(await g, await g)


asyncio.run(main())
