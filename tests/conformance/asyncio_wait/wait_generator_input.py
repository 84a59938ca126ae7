# asyncio.wait rejects generators (3.11 wants a list/set of futures); duplicates in a list collapse.
import asyncio


async def val(x):
    await asyncio.sleep(0.01 * x)
    return x


async def main():
    tasks = [asyncio.create_task(val(x)) for x in range(3)]
    try:
        await asyncio.wait(t for t in tasks)
    except TypeError as e:
        print(type(e).__name__, e)
    done, pending = await asyncio.wait(set(tasks))
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([tasks[0], tasks[0], tasks[1]])
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tuple(tasks))
    print(len(done), len(pending))


asyncio.run(main())
