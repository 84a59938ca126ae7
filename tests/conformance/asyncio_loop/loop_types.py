# The loop's type and its place in the class hierarchy; TimerHandle.when relative to loop.time().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__)
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop),
          isinstance(loop, asyncio.SelectorEventLoop))
    h = loop.call_later(0.5, print, "never")
    print(type(h).__name__, round(h.when() - loop.time(), 1))
    h2 = loop.call_at(loop.time() + 2, print, "never")
    print(round(h2.when() - loop.time(), 1), h < h2, h == h)
    h.cancel()
    h2.cancel()
    print(type(asyncio.get_event_loop_policy()).__name__)


asyncio.run(main())
