import asyncio
import random

random.seed(0)


class TransientError(Exception):
    pass


async def flaky(attempt: int) -> str:
    await asyncio.sleep(0.01)
    if random.random() < 0.6:
        raise TransientError(f"attempt {attempt} failed")
    return "ok"


async def retry(coro_fn, *, retries=5, base_delay=0.1):
    for attempt in range(1, retries + 1):
        try:
            return await coro_fn(attempt)
        except TransientError as e:
            delay = base_delay * 2 ** (attempt - 1)
            print(f"{e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    try:
        print(await retry(flaky))
    except RuntimeError as err:
        print("error:", err)

asyncio.run(main())
