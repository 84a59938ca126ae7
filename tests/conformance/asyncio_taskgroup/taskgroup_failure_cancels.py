# One failing task cancels its siblings; the group raises ExceptionGroup with just that error.
# (siblings are cancelled in set order, so only the sorted set of cancelled names is printed)
import asyncio

cancelled = []


async def sibling(name):
    try:
        await asyncio.sleep(1)
        print(name, "finished (wrong)")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def failer():
    await asyncio.sleep(0.02)
    print("failer raising")
    raise ValueError("failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(sibling("a"))
            tg.create_task(failer())
            b = tg.create_task(sibling("b"))
    except ExceptionGroup as eg:
        print("cancelled:", sorted(cancelled))
        print("group:", [repr(e) for e in eg.exceptions])
    print("a cancelled:", a.cancelled(), "b cancelled:", b.cancelled())


asyncio.run(main())
