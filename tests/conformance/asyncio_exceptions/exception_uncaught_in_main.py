# An uncaught exception inside main after some output: stdout is kept, exit status 1.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    print("worker", n)
    if n == 2:
        raise OSError("worker 2 crashed")
    return n


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(4)]
    for t in tasks:
        print("result", await t)


asyncio.run(main())
