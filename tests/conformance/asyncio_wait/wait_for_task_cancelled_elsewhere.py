# wait_for on a task that someone else cancels: CancelledError propagates to the wait_for caller.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.CancelledError:
        print("CancelledError; current task cancelling():", asyncio.current_task().cancelling())
    except TimeoutError:
        print("TimeoutError (wrong)")
    print("main continues")


asyncio.run(main())
