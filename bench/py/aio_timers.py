# asyncio: 10 000 tasks each sleeping asyncio.sleep(0.001) five times (the loop's timer heap).
# Under our virtual clock the sleeps take no real time; in CPython each round waits ~1 ms.
import asyncio


async def sleeper(i):
    for _ in range(5):
        await asyncio.sleep(0.001)
    return i % 7


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
