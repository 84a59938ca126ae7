# From a worker thread: call_soon_threadsafe and run_coroutine_threadsafe talk back to the loop.
import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


def in_thread(loop, fut):
    loop.call_soon_threadsafe(fut.set_result, "set from thread")
    cf = asyncio.run_coroutine_threadsafe(double(21), loop)
    return cf.result(timeout=5)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    r = await asyncio.to_thread(in_thread, loop, fut)
    print(r, await fut)


asyncio.run(main())
