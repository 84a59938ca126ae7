# A retry loop with per-attempt timeouts: attempts get faster until one succeeds.
import asyncio


async def flaky(attempt):
    await asyncio.sleep(0.2 - attempt * 0.06)
    return f"ok on attempt {attempt}"


async def main():
    for attempt in range(5):
        try:
            async with asyncio.timeout(0.1):
                print(await flaky(attempt))
                break
        except TimeoutError:
            print("attempt", attempt, "timed out")


asyncio.run(main())
