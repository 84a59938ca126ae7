# shield: cancelling the outer await does not cancel the shielded inner task, which finishes.
import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(important())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller task cancelled:", t.cancelled())
    print("inner result:", await inner)


asyncio.run(main())
