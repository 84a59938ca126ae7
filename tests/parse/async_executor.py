import asyncio
import concurrent.futures
import functools


def blocking_io():
    with open('/dev/urandom', 'rb') as f:
        return f.read(100)


def cpu_bound(n=10_000_000):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_io)
    print('default thread pool', len(result))
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        result = await loop.run_in_executor(pool, blocking_io)
    with concurrent.futures.ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, functools.partial(cpu_bound, n=1000))
        print('custom process pool', result)
    r = await asyncio.to_thread(cpu_bound, 100)
    print(r)


if __name__ == '__main__':
    asyncio.run(main())
