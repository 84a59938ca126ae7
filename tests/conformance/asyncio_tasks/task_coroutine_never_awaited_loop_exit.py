# Tasks still pending when asyncio.run's main returns are cancelled; their finally blocks run.
# (shutdown cancels them in set order, so events are collected and printed sorted)
import asyncio

events = []


async def forever(name):
    try:
        print(name, "start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append(name + " cancelled at shutdown")
        raise
    finally:
        events.append(name + " finally")


async def main():
    asyncio.create_task(forever("a"))
    asyncio.create_task(forever("b"))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print(sorted(events))
