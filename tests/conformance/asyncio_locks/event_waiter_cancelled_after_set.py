# Event.set wakes all waiters; one cancelled before it runs still ends cancelled, others proceed.
import asyncio


async def waiter(name, ev, log):
    try:
        await ev.wait()
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(n, ev, log)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    ev.set()
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)


asyncio.run(main())
