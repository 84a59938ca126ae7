import asyncio
import functools
import time


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{fn.__name__} took {elapsed:.3f}s")
    return wrapper


@timed
async def slow(n: float) -> float:
    await asyncio.sleep(n)
    return n


async def main():
    r = await slow(0.2)
    rs = await asyncio.gather(slow(0.1), slow(0.3))
    print(r, rs)

asyncio.run(main())
