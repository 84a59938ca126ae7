# Collecting TaskGroup results into a dict keyed by input; completion order printed too.
import asyncio


async def length(word, log):
    await asyncio.sleep(0.02 * len(word))
    log.append(word)
    return len(word)


async def main():
    log = []
    words = ["pear", "fig", "banana", "kiwi2"]
    async with asyncio.TaskGroup() as tg:
        tasks = {w: tg.create_task(length(w, log)) for w in words}
    print({w: t.result() for w, t in tasks.items()})
    print(log)


asyncio.run(main())
