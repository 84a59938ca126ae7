# call_at passes positional args; several callbacks at distinct absolute times run in time order.
import asyncio


def record(log, label, *values):
    log.append((label, values))


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    log = []
    loop.call_at(now + 0.06, record, log, "third", 3, 3, 3)
    loop.call_at(now + 0.02, record, log, "first", 1)
    loop.call_at(now + 0.04, record, log, "second")
    h = loop.call_at(now + 0.05, record, log, "cancelled")
    h.cancel()
    await asyncio.sleep(0.1)
    for entry in log:
        print(entry)


asyncio.run(main())
