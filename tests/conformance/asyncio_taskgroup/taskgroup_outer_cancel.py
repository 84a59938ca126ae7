# Cancelling the task that runs a TaskGroup cancels all children; CancelledError escapes (not a group).
# (TaskGroup cancels its children in set order, so the cancelled children are printed sorted.)
import asyncio

cancelled = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def runner():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
        print("children cancelled:", sorted(cancelled))
    except BaseExceptionGroup as eg:
        print("group (wrong)", eg)


asyncio.run(main())
