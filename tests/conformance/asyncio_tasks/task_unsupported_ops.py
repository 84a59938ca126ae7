# Task refuses set_result/set_exception; uncancel() never goes below zero.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    for action in [lambda: t.set_result(1), lambda: t.set_exception(ValueError())]:
        try:
            action()
        except RuntimeError as e:
            print(type(e).__name__, e)
    print("uncancel at zero:", t.uncancel(), t.uncancel())
    t.cancel()
    print("after cancel:", t.cancelling(), "uncancel:", t.uncancel(), t.uncancel())
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)


asyncio.run(main())
