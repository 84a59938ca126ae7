# A three-stage pipeline connected by queues: parse -> square -> collect, with join-based shutdown.
import asyncio


async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        await asyncio.sleep(0)
        result = fn(item)
        print(f"{name}: {item!r} -> {result!r}")
        if outq is not None:
            await outq.put(result)
        inq.task_done()


async def main():
    raw, parsed, squared = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    collected = []
    tasks = [
        asyncio.create_task(stage("parse", raw, parsed, int)),
        asyncio.create_task(stage("square", parsed, squared, lambda x: x * x)),
        asyncio.create_task(stage("collect", squared, None, collected.append)),
    ]
    for text in ["3", "1", "4", "1", "5"]:
        await raw.put(text)
    await raw.join()
    await parsed.join()
    await squared.join()
    print(collected)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
