# set() followed immediately by clear(): waiters already waiting are still woken.
import asyncio


async def waiter(ev, log):
    await ev.wait()
    log.append("woken")


async def main():
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, t.done(), ev.is_set())


asyncio.run(main())
