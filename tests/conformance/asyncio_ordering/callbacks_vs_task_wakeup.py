# A future's done callbacks and the wakeup of a task awaiting it run in registration order.
import asyncio

log = []


async def awaiter(name, fut):
    await fut
    log.append(f"task {name} resumed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("callback registered first"))
    t1 = asyncio.create_task(awaiter("one", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: log.append("callback registered after task one"))
    t2 = asyncio.create_task(awaiter("two", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: loop.call_soon(log.append, "call_soon from last callback"))
    fut.set_result(None)
    log.append("set_result returned")
    await asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    print("\n".join(log))


asyncio.run(main())
