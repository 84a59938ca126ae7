# A task can be awaited many times and by many tasks; each gets the same result.
import asyncio


async def slow():
    await asyncio.sleep(0.02)
    print("slow computed")
    return [1, 2]


async def waiter(name, t):
    r = await t
    print(name, "got", r)
    return r


async def main():
    t = asyncio.create_task(slow())
    results = await asyncio.gather(waiter("w1", t), waiter("w2", t), waiter("w3", t))
    print(all(r is results[0] for r in results))
    print(await t, await t)


asyncio.run(main())
