# Timed sleeps (distinct wake times, >= 20 ms apart) mixed with bursts of sleep(0): the whole interleaving is pinned.
import asyncio

log = []


async def actor(name, plan):
    for step in plan:
        if step == 0:
            await asyncio.sleep(0)
            log.append(f"{name}.")
        else:
            await asyncio.sleep(step)
            log.append(f"{name}@{step}")


async def main():
    await asyncio.gather(
        actor("A", [0, 0.09, 0, 0, 0.15]),
        actor("B", [0.15, 0, 0.21]),
        actor("C", [0, 0, 0, 0.05, 0.08, 0]),
    )
    print(" ".join(log))


asyncio.run(main())
