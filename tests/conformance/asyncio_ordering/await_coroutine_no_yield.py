# Awaiting a coroutine that never suspends does not yield to other tasks.
import asyncio

log = []


async def no_suspend(n):
    log.append(f"no_suspend {n}")
    return n


async def other():
    log.append("other runs")


async def main():
    asyncio.create_task(other())
    total = 0
    for i in range(3):
        total += await no_suspend(i)
    log.append(f"total {total}, still before other")
    await asyncio.sleep(0)
    log.append("after yield")
    print("\n".join(log))


asyncio.run(main())
