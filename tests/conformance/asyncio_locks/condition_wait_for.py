# Condition.wait_for(predicate) re-checks the predicate after each notify.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    checks = []

    def ready():
        checks.append(state["n"])
        return state["n"] >= 3

    async def waiter():
        async with cond:
            r = await cond.wait_for(ready)
            print("predicate returned", r, "n =", state["n"])

    t = asyncio.create_task(waiter())
    for i in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await t
    print("checks:", checks)


asyncio.run(main())
