# Commonly inspected future internals: _state strings and _asyncio_future_blocking.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f._state, f._asyncio_future_blocking)
    f.set_result(1)
    print(f._state)
    c = loop.create_future()
    c.cancel()
    print(c._state)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t._state)
    await t
    print(t._state)


asyncio.run(main())
