# loop.create_task and loop.create_future belong to that loop; future results flow to awaiters.
import asyncio


async def producer(fut):
    await asyncio.sleep(0.01)
    fut.set_result("produced")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = loop.create_task(producer(fut), name="producer")
    print(t.get_name(), fut.done())
    print(await fut)
    await t
    print(fut.get_loop() is loop, t.get_loop() is loop)


asyncio.run(main())
