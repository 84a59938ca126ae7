# Bridging a callback-style API into a future with call_later and set_result/set_exception.
import asyncio


def fetch_with_callback(loop, key, callback):
    def deliver():
        if key.startswith("bad"):
            callback(None, LookupError(key))
        else:
            callback(key.upper(), None)
    loop.call_later(0.01 * len(key), deliver)


def fetch(key):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def on_done(value, error):
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)

    fetch_with_callback(loop, key, on_done)
    return fut


async def main():
    print(await fetch("abc"))
    results = await asyncio.gather(fetch("xy"), fetch("bad key"), fetch("q"), return_exceptions=True)
    print([repr(r) for r in results])


asyncio.run(main())
