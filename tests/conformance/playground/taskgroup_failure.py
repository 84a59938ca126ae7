# In a TaskGroup, one failing task cancels its siblings; the errors come out as an ExceptionGroup.
import asyncio

async def fetch(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ConnectionError(f"{name} failed")
        print(f"{name} ok")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("fast", 0.1))
            tg.create_task(fetch("broken", 0.2, fail=True))
            tg.create_task(fetch("slow", 1.0))
    except* ConnectionError as group:
        for error in group.exceptions:
            print("caught:", error)

asyncio.run(main())
