# asyncio: loop.run_in_executor with a ProcessPoolExecutor, several calls gathered.
import asyncio
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp


def total(n):
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, total, n) for n in (10, 100, 1000)))
    print(results)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    asyncio.run(main())
