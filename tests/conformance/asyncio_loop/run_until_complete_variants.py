# run_until_complete with coroutines, tasks and futures; returns the result or raises.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def bad():
    raise ValueError("from run_until_complete")


loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future value")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(bad())
except ValueError as e:
    print(type(e).__name__, e)
try:
    loop.run_until_complete(5)
except TypeError as e:
    print(type(e).__name__, e)
loop.close()
