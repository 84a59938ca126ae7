# Loop iterations between cancel() and: the victim's except block, and an awaiter seeing CancelledError.
import asyncio

ticks = 0
events = []


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1


async def victim(kind):
    try:
        if kind == "sleep":
            await asyncio.sleep(1)
        elif kind == "future":
            await asyncio.get_running_loop().create_future()
        elif kind == "event":
            await asyncio.Event().wait()
        elif kind == "task":
            await asyncio.create_task(asyncio.sleep(1))
    except asyncio.CancelledError:
        events.append((kind, "victim sees", ticks - START[0]))
        raise


START = [0]


async def main():
    t = asyncio.create_task(ticker())
    for kind in ["sleep", "future", "event", "task"]:
        v = asyncio.create_task(victim(kind))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        START[0] = ticks
        v.cancel()
        try:
            await v
        except asyncio.CancelledError:
            events.append((kind, "awaiter sees", ticks - START[0]))
    t.cancel()
    for e in events:
        print(*e)


asyncio.run(main())
