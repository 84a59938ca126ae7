# Condition.wait_for returns the predicate's (truthy) value itself; wait() returns True.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def producer():
        for x in ["a", "b"]:
            await asyncio.sleep(0.01)
            async with cond:
                items.append(x)
                cond.notify()

    t = asyncio.create_task(producer())
    async with cond:
        r = await cond.wait_for(lambda: items[:] if len(items) == 2 else None)
        print("wait_for returned", r)
    async with cond:
        r = await cond.wait_for(lambda: 42)
        print("already true:", r)
    await t
    async with cond:
        asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(notify_later(cond)))
        print("wait returned", await cond.wait())


async def notify_later(cond):
    async with cond:
        cond.notify_all()


asyncio.run(main())
