# A token-bucket rate limiter: at most 2 requests per 0.1 s window; requests are served in order.
import asyncio


class RateLimiter:
    def __init__(self, rate, period):
        self.rate = rate
        self.period = period
        self.tokens = rate
        self.cond = asyncio.Condition()

    async def refill(self):
        while True:
            await asyncio.sleep(self.period)
            async with self.cond:
                self.tokens = self.rate
                self.cond.notify_all()

    async def acquire(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1


async def request(i, limiter, loop, start, log):
    await limiter.acquire()
    log.append((i, round(loop.time() - start, 1)))


async def main():
    loop = asyncio.get_running_loop()
    limiter = RateLimiter(2, 0.1)
    start = loop.time()
    refill = asyncio.create_task(limiter.refill())
    log = []
    await asyncio.gather(*(request(i, limiter, loop, start, log) for i in range(7)))
    refill.cancel()
    for entry in log:
        print("request %d served in window at %.1f" % entry)


asyncio.run(main())
