# Condition: a waiter notified and then cancelled before it runs (3.11 behaviour of the other waiter).
import asyncio


async def waiter(name, cond, log):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} woke")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    log = []
    w1 = asyncio.create_task(waiter("w1", cond, log))
    w2 = asyncio.create_task(waiter("w2", cond, log))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    w1.cancel()
    await asyncio.sleep(0.05)
    log.append(f"w2 done: {w2.done()}")
    w2.cancel()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print(log)


asyncio.run(main())
