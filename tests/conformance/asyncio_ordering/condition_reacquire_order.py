# After notify_all, waiters re-acquire the condition's lock one at a time, in FIFO order.
import asyncio

log = []


async def waiter(name, cond):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} holds lock again")
        await asyncio.sleep(0)
        log.append(f"{name} releases")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in ["w1", "w2", "w3"]]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append("notifier still holds the lock")
        await asyncio.sleep(0)
        log.append("notifier releases")
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
