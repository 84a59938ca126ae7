# The step order of tasks is the same whether started by gather or by create_task.
import asyncio


async def w(log, name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    a = []
    await asyncio.gather(w(a, "p", 2), w(a, "q", 3))
    b = []
    t1 = asyncio.create_task(w(b, "p", 2))
    t2 = asyncio.create_task(w(b, "q", 3))
    await t1
    await t2
    print(a)
    print(b)
    print(a == b)


asyncio.run(main())
