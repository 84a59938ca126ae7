# A task may catch CancelledError and continue; then it is not cancelled and returns normally.
import asyncio


async def resilient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught cancel, continuing")
    await asyncio.sleep(0.01)
    print("finishing normally")
    return "survived"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancelling count:", t.cancelling())
    r = await t
    print(r, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
