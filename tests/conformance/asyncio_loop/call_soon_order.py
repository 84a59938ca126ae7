# call_soon callbacks run FIFO with their args, after the current step, before timers.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, "call_later 0")
    for i in range(3):
        loop.call_soon(log.append, f"soon {i}")
    loop.call_soon(lambda a, b: log.append(a + b), "x", "y")
    log.append("main continues")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    await asyncio.sleep(0.01)
    print("\n".join(log))


asyncio.run(main())
