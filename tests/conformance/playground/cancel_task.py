# Cancelling a task raises CancelledError inside it, at the await where it is suspended.
import asyncio

async def heartbeat():
    try:
        while True:
            print("beat")
            await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("heartbeat: cleaning up")
        raise

async def main():
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: heartbeat is cancelled:", task.cancelled())

asyncio.run(main())
