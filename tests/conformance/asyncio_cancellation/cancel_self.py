# A task cancelling itself gets CancelledError at its next await.
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel self:", me.cancel("by myself"))
    print("still running this line")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("got it at the await:", e.args)
        raise


async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())


asyncio.run(main())
