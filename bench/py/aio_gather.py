# asyncio: create_task + gather of 100 000 trivial coroutines.
import asyncio


async def job(i):
    return i * 2


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(100_000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:3], results[-1])


asyncio.run(main())
