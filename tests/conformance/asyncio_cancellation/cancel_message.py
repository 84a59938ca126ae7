# Task.cancel(msg): the task sees the message in CancelledError.args; awaiting it raises it too.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("victim sees args:", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel:", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees args:", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    t2 = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message:", e.args)


asyncio.run(main())
