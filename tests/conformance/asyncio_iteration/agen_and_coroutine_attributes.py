# Attributes of coroutine and async generator objects: names, running/suspended flags.
import asyncio


async def coro():
    await asyncio.sleep(0)
    return 1


async def agen():
    yield 1
    yield 2


class Holder:
    async def method(self):
        return 2


async def main():
    c = coro()
    print(c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_frame is not None)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("suspended in task:", c.cr_running, c.cr_suspended)
    await t
    print("finished:", c.cr_running, c.cr_suspended, c.cr_frame)
    g = agen()
    print(g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None)
    await anext(g)
    await g.aclose()
    print("closed frame:", g.ag_frame)
    m = Holder().method()
    print(m.__qualname__)
    m.close()
    print("me running:", asyncio.current_task().get_coro().cr_running)


asyncio.run(main())
