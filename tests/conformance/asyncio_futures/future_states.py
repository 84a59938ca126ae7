# Future state queries before/after result, exception and cancel; result() texts when pending.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("done:", f.done(), "cancelled:", f.cancelled())
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print(m.__name__, "->", type(e).__name__, e)
    f.set_result("value")
    print("done:", f.done(), f.result(), f.exception())
    e = loop.create_future()
    e.set_exception(OSError("io"))
    print("exception:", repr(e.exception()))
    try:
        e.result()
    except OSError as err:
        print("result raised", repr(err))


asyncio.run(main())
