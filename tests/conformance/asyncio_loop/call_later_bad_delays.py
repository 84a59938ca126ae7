# call_later/call_at with bad delay types raise TypeError with CPython's arithmetic messages.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for delay in [None, "1", [1]]:
        try:
            loop.call_later(delay, print, "x")
        except TypeError as e:
            print("call_later", type(e).__name__, e)
    try:
        loop.call_at(None, print, "x")
    except TypeError as e:
        print("call_at", type(e).__name__, e)
    h = loop.call_later(True, print, "bool delay is 1 second")
    print(round(h.when() - loop.time()))
    h.cancel()
    h2 = loop.call_later(0, print, "int zero delay runs")
    await asyncio.sleep(0.01)


asyncio.run(main())
