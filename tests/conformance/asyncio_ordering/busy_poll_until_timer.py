# Busy polling with sleep(0) while a timer is pending: real time passes, so the timer still fires.
import asyncio

state = {"flag": False}


async def setter():
    await asyncio.sleep(0.05)
    state["flag"] = True


async def main():
    t = asyncio.create_task(setter())
    spins = 0
    while not state["flag"]:
        spins += 1
        await asyncio.sleep(0)
    print("flag seen after spinning:", spins > 0)
    await t
    for d in [1e-9, 1e-6]:
        u = asyncio.create_task(asyncio.sleep(d, result=d))
        while not u.done():
            await asyncio.sleep(0)
        print("tiny sleep finished:", u.result())


asyncio.run(main())
