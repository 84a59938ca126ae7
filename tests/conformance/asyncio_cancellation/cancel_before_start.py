# A task cancelled before it ever runs never executes its body.
import asyncio


async def body():
    print("body ran (should not)")


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start:", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception raises", type(e).__name__)


asyncio.run(main())
