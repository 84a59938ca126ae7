# cancel() on a finished task returns False and changes nothing; on a pending one True.
import asyncio


async def quick():
    return 5


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel done:", t.cancel(), t.cancelled(), t.result())
    t2 = asyncio.create_task(asyncio.sleep(1))
    print("cancel pending:", t2.cancel())
    print("cancel again:", t2.cancel())
    print("cancelling:", t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print("after:", t2.cancelled(), t2.cancel())


asyncio.run(main())
