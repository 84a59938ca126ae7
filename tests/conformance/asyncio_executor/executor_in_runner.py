# to_thread inside asyncio.Runner runs; the default executor is shut down when the runner closes.
import asyncio


def compute(n):
    return sum(range(n))


async def job(n):
    return await asyncio.to_thread(compute, n)


with asyncio.Runner() as r:
    print(r.run(job(10)))
    print(r.run(job(100)))
print("runner closed")
