# wait_for(timeout=None) just awaits; cancellation of the caller still propagates inward.
import asyncio


async def slow():
    try:
        await asyncio.sleep(0.3)
        return "slow done"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(), None))
    t = asyncio.create_task(asyncio.wait_for(slow(), None))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")


asyncio.run(main())
