# Twenty tasks with distinct staggered sleeps (multiples of 15 ms) print in a fixed order.
import asyncio

log = []


async def job(i):
    await asyncio.sleep(((i * 7) % 20) * 0.015)
    log.append(i)
    await asyncio.sleep(0)
    log.append(-i)


async def main():
    await asyncio.gather(*(job(i) for i in range(20)))
    print(log)


asyncio.run(main())
