# finally blocks run on cancellation, and may await before the task finishes.
import asyncio


async def worker():
    try:
        print("working")
        await asyncio.sleep(1)
    finally:
        print("cleanup begins")
        await asyncio.sleep(0.01)
        print("cleanup ends")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())


asyncio.run(main())
