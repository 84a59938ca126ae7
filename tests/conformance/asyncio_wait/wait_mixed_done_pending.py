# Repeated wait(FIRST_COMPLETED) loops process tasks in completion order.
import asyncio


async def job(n, d):
    await asyncio.sleep(d)
    return n


async def main():
    pending = {asyncio.create_task(job(n, d)) for n, d in [(1, 0.04), (2, 0.01), (3, 0.07), (4, 0.02)]}
    order = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        order.append(sorted(t.result() for t in done))
    print(order)


asyncio.run(main())
