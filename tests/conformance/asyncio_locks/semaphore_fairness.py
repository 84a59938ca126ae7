# Semaphore waiters are served in arrival order, even a late big burst.
import asyncio


async def user(name, sem, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} got")
        await asyncio.sleep(0.03)


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    tasks = [asyncio.create_task(user(n, sem, log)) for n in ["a", "b"]]
    await asyncio.sleep(0.005)
    tasks += [asyncio.create_task(user(n, sem, log)) for n in ["c", "d", "e"]]
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
