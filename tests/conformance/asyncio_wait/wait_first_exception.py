# FIRST_EXCEPTION returns at the first failure; without failures it waits for all.
import asyncio


async def work(x, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"boom {x}")
    return x


async def main():
    tasks = [asyncio.create_task(work(1, 0.01)), asyncio.create_task(work(2, 0.03, True)),
             asyncio.create_task(work(3, 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: tasks.index(t)):
        print("done", tasks.index(t), t.exception())
    print("pending", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    tasks = [asyncio.create_task(work(i, 0.01 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
