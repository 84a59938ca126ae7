# A child fails after the body finished while the group is waiting: siblings are cancelled then.
import asyncio

events = []


async def slow(name, d):
    try:
        await asyncio.sleep(d)
        events.append(f"{name} finished")
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise


async def late_fail():
    await asyncio.sleep(0.05)
    raise ValueError("late")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("quick", 0.01))
            tg.create_task(late_fail())
            tg.create_task(slow("long", 0.5))
            events.append("body done")
    except* ValueError as eg:
        events.append(f"group: {[str(e) for e in eg.exceptions]}")
    print(events)


asyncio.run(main())
