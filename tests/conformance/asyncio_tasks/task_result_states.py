# Task.result()/exception() before completion, after success and after failure; InvalidStateError texts.
import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return "fine"


async def bad():
    await asyncio.sleep(0.01)
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(ok())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, type(e).__name__, e)
    print("done before:", t.done(), "cancelled:", t.cancelled())
    await t
    print("done after:", t.done(), t.result(), t.exception())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0.05)
    print("bad done:", b.done())
    e = b.exception()
    print("exception:", type(e).__name__, e)
    try:
        b.result()
    except KeyError as e2:
        print("result raises:", type(e2).__name__, e2, e2 is e)


asyncio.run(main())
