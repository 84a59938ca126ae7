# The legacy tutorial pattern: get_event_loop() + run_until_complete(gather(...)) + close().
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)
    return name


loop = asyncio.get_event_loop()
print("running:", loop.is_running())
results = loop.run_until_complete(asyncio.gather(greet("b", 0.05), greet("a", 0.02)))
print(results)
task = loop.create_task(greet("c", 0))
loop.run_until_complete(task)
print(task.result(), loop.is_closed())
loop.close()
print(loop.is_closed())
