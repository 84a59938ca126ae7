# How many loop iterations (ticks of a sleep(0) ticker) pass while main awaits tasks and gathers.
import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1


async def immediate(x):
    return x


async def one_yield(x):
    await asyncio.sleep(0)
    return x


async def measure(label, make_awaitable):
    start = ticks
    await make_awaitable()
    print(f"{label}: {ticks - start}")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await measure("await coroutine", lambda: immediate(1))
    await measure("sleep(0)", lambda: asyncio.sleep(0))
    await measure("task immediate", lambda: asyncio.create_task(immediate(1)))
    await measure("task one yield", lambda: asyncio.create_task(one_yield(1)))
    await measure("gather immediate", lambda: asyncio.gather(immediate(1)))
    await measure("gather two", lambda: asyncio.gather(immediate(1), one_yield(2)))
    await measure("gather empty", lambda: asyncio.gather())
    await measure("ensure_future", lambda: asyncio.ensure_future(immediate(3)))
    t.cancel()


asyncio.run(main())
