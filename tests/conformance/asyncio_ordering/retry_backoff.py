# Retry with exponential backoff: a flaky operation succeeds on the 4th try; waits are 0.03, 0.06, 0.12.
import asyncio

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0)
    if attempts < 4:
        raise ConnectionError(f"attempt {attempts} failed")
    return f"success after {attempts} attempts"


async def with_retry(op, retries, base):
    loop = asyncio.get_running_loop()
    start = loop.time()
    delay = base
    for i in range(retries):
        try:
            return await op()
        except ConnectionError as e:
            print("error:", e, "- retrying in", delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await with_retry(flaky, 5, 0.03))
    print("waited about", round(loop.time() - start, 1))
    global attempts
    attempts = -10
    try:
        await with_retry(flaky, 2, 0.01)
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
