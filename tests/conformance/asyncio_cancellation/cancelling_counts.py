# Task.cancelling() counts cancel requests; uncancel() decrements it.
import asyncio


async def target():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("round", i, "cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "done"


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelling())


asyncio.run(main())
