# functools.partial callbacks get extra args; a callback that raises doesn't stop others.
import asyncio
import functools


def report(tag, fut):
    print(tag, fut.result())


def broken(fut):
    raise RuntimeError("callback broke")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: print("handler:", type(ctx["exception"]).__name__, ctx["exception"]))
    f = loop.create_future()
    f.add_done_callback(functools.partial(report, "A"))
    f.add_done_callback(broken)
    f.add_done_callback(functools.partial(report, "B"))
    f.set_result(99)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
