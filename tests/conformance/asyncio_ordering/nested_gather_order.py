# Steps of tasks inside nested gathers: the gather tree order determines scheduling.
import asyncio

log = []


async def leaf(name, n):
    for i in range(n):
        log.append(f"{name}.{i}")
        await asyncio.sleep(0)
    return name


async def group(prefix):
    return await asyncio.gather(leaf(prefix + "1", 2), leaf(prefix + "2", 1))


async def main():
    r = await asyncio.gather(group("A"), leaf("solo", 3), group("B"))
    print(r)
    print(" ".join(log))


asyncio.run(main())
