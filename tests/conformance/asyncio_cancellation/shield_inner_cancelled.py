# shield: if the inner task itself is cancelled, the shield's waiter sees CancelledError.
import asyncio


async def main():
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError; outer.cancelled():", outer.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print("shield of a done future:", asyncio.shield(done) is done)
    print(await asyncio.shield(asyncio.sleep(0, "coro via shield")))


asyncio.run(main())
