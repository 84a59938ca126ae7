# Handle reprs for builtin callbacks (no source paths): args shown, cancelled state.
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "from handle", 1)
    print(repr(h))
    h2 = loop.call_soon(functools.partial(print, "partial"), 2)
    print(repr(h2))
    h3 = loop.call_soon(print, "cancelled one")
    h3.cancel()
    print(repr(h3))
    await asyncio.sleep(0)


asyncio.run(main())
