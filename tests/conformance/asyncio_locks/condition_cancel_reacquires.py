# A cancelled Condition.wait re-acquires the lock before CancelledError propagates.
import asyncio

log = []


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f"waiter cancelled, holds lock: {cond.locked()}")
            raise
    log.append("not reached")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.01)
        log.append("main still holds the lock")
    await asyncio.gather(t, return_exceptions=True)
    log.append(f"lock free: {not cond.locked()}")
    print("\n".join(log))


asyncio.run(main())
