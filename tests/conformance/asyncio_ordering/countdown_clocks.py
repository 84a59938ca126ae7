# Several countdown clocks ticking at different rates; lift-off messages appear in time order.
import asyncio


async def countdown(name, start, period, log):
    for n in range(start, 0, -1):
        log.append(f"{name}:{n}")
        await asyncio.sleep(period)
    log.append(f"{name}: lift-off")


async def main():
    log = []
    await asyncio.gather(countdown("fast", 4, 0.09, log), countdown("slow", 2, 0.21, log),
                         countdown("mid", 3, 0.15, log))
    print(" ".join(log))


asyncio.run(main())
