# An exception in a call_soon callback goes to the loop's exception handler; the loop keeps running.
import asyncio


def bad_callback():
    print("bad callback runs")
    raise RuntimeError("callback failure")


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], type(context["exception"]).__name__, context["exception"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback runs")
    await asyncio.sleep(0.01)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    print("handler removed:", loop.get_exception_handler())


asyncio.run(main())
