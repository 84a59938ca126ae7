# Runner.run calls share one loop, so a task started in one run keeps going in the next.
import asyncio

log = []


async def background():
    for i in range(3):
        log.append(f"bg {i}")
        await asyncio.sleep(0.01)
    return "bg done"


async def start():
    return asyncio.create_task(background(), name="bg")


async def finish(task):
    log.append("finish waiting")
    return await task


with asyncio.Runner() as r:
    t = r.run(start())
    print("task name:", t.get_name(), "done:", t.done())
    print(r.run(finish(t)))
print(log)
