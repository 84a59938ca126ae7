import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0)
        print("close", name)


@asynccontextmanager
async def guarded():
    try:
        yield
    except ValueError as e:
        print("handled", e)


async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with connection("db") as c:
        print("using", c)
    async with guarded():
        raise ValueError("bad value")
    try:
        async with connection("x"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "abc"]
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)

        stack.push_async_callback(acb, "hi")
        print(conns)
    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
            print("n", n)
    async with nullcontext("x") as v:
        print("async nullcontext", v)

    @connection("decorator")
    async def job():
        print("job runs")
        return 7

    print(await job())


asyncio.run(main())
