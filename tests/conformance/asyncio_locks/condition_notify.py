# Condition.notify(n) wakes n waiters in FIFO order; notify_all wakes the rest.
import asyncio


async def consumer(name, cond, log):
    async with cond:
        log.append(name + " waits")
        await cond.wait()
        log.append(name + " notified")


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, log)) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
