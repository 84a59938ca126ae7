# wait_for on an executor future: a fast blocking call returns in time.
import asyncio
import time


def quick():
    time.sleep(0.01)
    return "quick result"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(loop.run_in_executor(None, quick), timeout=1))
    print(await asyncio.wait_for(asyncio.to_thread(quick), timeout=1))


asyncio.run(main())
