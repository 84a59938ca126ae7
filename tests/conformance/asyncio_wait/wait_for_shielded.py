# wait_for(shield(task)) times out, but the shielded task continues and can be awaited later.
import asyncio


async def important():
    await asyncio.sleep(0.05)
    return "important result"


async def main():
    t = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled(), "done?", t.done())
    print(await t)


asyncio.run(main())
