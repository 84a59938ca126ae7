# Blocking work offloaded to threads while coroutines keep running; results combined deterministically.
import asyncio
import time


def crunch(n):
    time.sleep(0.02)
    return sum(i * i for i in range(n))


async def ticker(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0)


async def main():
    log = []
    results = await asyncio.gather(asyncio.to_thread(crunch, 10), ticker(log), asyncio.to_thread(crunch, 100))
    print(results[0], results[2])
    print("ticker ran:", log)


asyncio.run(main())
