# add_done_callback on tasks: callbacks run in registration order, after the task finishes.
import asyncio


async def job():
    print("job running")
    await asyncio.sleep(0.01)
    print("job returning")
    return 7


async def main():
    t = asyncio.create_task(job(), name="job")
    for i in range(3):
        t.add_done_callback(lambda task, i=i: print("callback", i, task.get_name(), task.result()))
    print("awaiting")
    r = await t
    print("awaited", r)
    await asyncio.sleep(0)
    print("late add:")
    t.add_done_callback(lambda task: print("late callback", task.result()))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
