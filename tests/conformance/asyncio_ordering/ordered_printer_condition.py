# Tasks started in scrambled order print in numeric order using a Condition as a turnstile.
import asyncio


async def printer(n, cond, state, out):
    async with cond:
        await cond.wait_for(lambda: state["next"] == n)
        out.append(n)
        state["next"] += 1
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    state = {"next": 0}
    out = []
    order = [4, 2, 0, 3, 1, 5]
    await asyncio.gather(*(printer(n, cond, state, out) for n in order))
    print(out)


asyncio.run(main())
