# Waiting on tasks that are already done returns immediately with all of them done.
import asyncio


async def quick(x):
    return x


async def main():
    tasks = [asyncio.create_task(quick(i)) for i in range(3)]
    await asyncio.sleep(0)
    print([t.done() for t in tasks])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(len(done), len(pending))


asyncio.run(main())
