# as_completed(timeout=) raises TimeoutError when the remaining ones are too slow.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    tasks = [asyncio.create_task(work(x, d)) for x, d in [(1, 0.01), (2, 0.3), (3, 0.02)]]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            got.append(await fut)
    except TimeoutError:
        print("timed out after", got)
    print("slow one still running:", not tasks[1].done())
    tasks[1].cancel()
    await asyncio.sleep(0)


asyncio.run(main())
