# gather returns results in argument order, not completion order.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def main():
    res = await asyncio.gather(work("slow", 0.06), work("fast", 0.01), work("mid", 0.03))
    print(res)
    print(type(res).__name__)


asyncio.run(main())
