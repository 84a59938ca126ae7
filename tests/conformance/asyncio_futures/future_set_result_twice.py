# Setting a future's result or exception twice raises InvalidStateError with CPython's text.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for action in [lambda: f.set_result(2), lambda: f.set_exception(ValueError("x"))]:
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(f.result())
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(repr(g.exception()))
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(4)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)


asyncio.run(main())
