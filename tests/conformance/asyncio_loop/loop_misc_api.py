# Small loop APIs: set_debug/get_debug, slow_callback_duration, is_running in callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.set_debug(True)
    print(loop.get_debug())
    loop.set_debug(False)
    seen = []
    loop.call_soon(lambda: seen.append(loop.is_running()))
    await asyncio.sleep(0)
    print(seen)


asyncio.run(main())
