# The same coroutine object passed twice to gather is wrapped once; the result appears twice.
import asyncio

runs = 0


async def once():
    global runs
    runs += 1
    await asyncio.sleep(0)
    return runs


async def main():
    c = once()
    res = await asyncio.gather(c, c)
    print(res, "runs:", runs)
    t = asyncio.create_task(once())
    res = await asyncio.gather(t, t, t)
    print(res, "runs:", runs)


asyncio.run(main())
