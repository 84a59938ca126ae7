# set_exception accepts classes (instantiated) and rejects StopIteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)
    print(type(f.exception()).__name__, f.exception().args)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("x"))
    except TypeError as e:
        print(type(e).__name__, e)
    print("g still pending:", not g.done())
    g.cancel()


asyncio.run(main())
