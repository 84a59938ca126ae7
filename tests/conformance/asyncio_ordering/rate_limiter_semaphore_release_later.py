# A rate limiter built from a Semaphore whose permits come back via call_later: 3 per 0.1 s.
import asyncio
from collections import deque


class Limiter:
    def __init__(self, per_window, window):
        self.sem = asyncio.Semaphore(per_window)
        self.window = window

    async def __aenter__(self):
        await self.sem.acquire()
        asyncio.get_running_loop().call_later(self.window, self.sem.release)

    async def __aexit__(self, *exc):
        return False


async def request(i, limiter, served, loop, start):
    async with limiter:
        served.append((i, round(loop.time() - start, 1)))


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    limiter = Limiter(3, 0.1)
    served = deque()
    await asyncio.gather(*(request(i, limiter, served, loop, start) for i in range(8)))
    windows = {}
    for i, t in served:
        windows.setdefault(t, []).append(i)
    for t, ids in windows.items():
        print(f"window {t}: requests {ids}")


asyncio.run(main())
