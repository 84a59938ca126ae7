import asyncio
import time
from collections import deque


class RateLimiter:
    """Allow at most `rate` calls per `per` seconds."""

    def __init__(self, rate: int, per: float):
        self.rate, self.per = rate, per
        self.calls: deque[float] = deque()

    async def acquire(self):
        while True:
            now = time.monotonic()
            while self.calls and now - self.calls[0] > self.per:
                self.calls.popleft()
            if len(self.calls) < self.rate:
                self.calls.append(now)
                return
            await asyncio.sleep(self.per - (now - self.calls[0]))


async def call_api(limiter, i):
    await limiter.acquire()
    print(f"request {i:02d}")


async def main():
    limiter = RateLimiter(rate=3, per=1.0)
    await asyncio.gather(*(call_api(limiter, i) for i in range(7)))

asyncio.run(main())
