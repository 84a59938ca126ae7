# Tasks start in creation order, after the creator yields; the creator's code runs first.
import asyncio

log = []


async def child(n):
    log.append(f"child {n} start")
    await asyncio.sleep(0)
    log.append(f"child {n} resumed")


async def main():
    for n in range(3):
        asyncio.create_task(child(n))
        log.append(f"created {n}")
    log.append("main before yield")
    await asyncio.sleep(0)
    log.append("main after first yield")
    await asyncio.sleep(0)
    log.append("main after second yield")
    await asyncio.sleep(0)
    print("\n".join(log))


asyncio.run(main())
