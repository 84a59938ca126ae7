# call_later callbacks fire in time order; equal delays keep scheduling order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.06, log.append, "c 0.06")
    loop.call_later(0.02, log.append, "a 0.02")
    loop.call_later(0.04, log.append, "b 0.04")
    loop.call_later(0.04, log.append, "b2 0.04 (scheduled later)")
    loop.call_later(-1, log.append, "negative delay")
    await asyncio.sleep(0.1)
    print("\n".join(log))


asyncio.run(main())
