# Waiters woken by Event.set resume in the order they began waiting, interleaved with their sleeps.
import asyncio


async def runner(name, ev, log):
    log.append(f"{name} ready")
    await ev.wait()
    log.append(f"{name} go")
    await asyncio.sleep(0)
    log.append(f"{name} step")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = []
    for n in ["r3", "r1", "r2"]:
        tasks.append(asyncio.create_task(runner(n, ev, log)))
        await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
