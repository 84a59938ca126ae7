# The same failure under gather (siblings keep running) and TaskGroup (siblings cancelled).
import asyncio


async def worker(name, d, log, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        await asyncio.gather(worker("g1", 0.05, log), worker("g2", 0.01, log, fail=True))
    except ValueError as e:
        log.append(f"gather raised {e}")
    await asyncio.sleep(0.1)
    print(log)
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("t1", 0.05, log))
            tg.create_task(worker("t2", 0.01, log, fail=True))
    except* ValueError as eg:
        log.append(f"taskgroup raised {[str(e) for e in eg.exceptions]}")
    print(log)


asyncio.run(main())
