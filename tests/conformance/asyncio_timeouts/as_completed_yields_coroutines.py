# In 3.11 as_completed yields coroutine objects (not the original futures); results come in finish order.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    tasks = [asyncio.create_task(work(n, d)) for n, d in [("p", 0.04), ("q", 0.02)]]
    for item in asyncio.as_completed(tasks):
        print(type(item).__name__, item in tasks, await item)


asyncio.run(main())
