# Future reprs (no addresses): pending, finished result (reprlib-shortened)/exception, cancelled,
# and builtin callbacks in cb=[...].
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, "two"])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(str(f) == repr(f))
    for value in [list(range(20)), "x" * 100, {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, 10 ** 50, (1, (2, (3, (4, (5,)))))]:
        r = loop.create_future()
        r.set_result(value)
        print(repr(r))
    c = loop.create_future()
    c.add_done_callback(print)
    print(repr(c))
    c.add_done_callback(functools.partial(print, "done:"))
    print(repr(c))
    c.remove_done_callback(print)
    c.cancel()


asyncio.run(main())
