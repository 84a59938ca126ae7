import asyncio


async def consumer(cond: asyncio.Condition, shared: list, idx: int) -> None:
    async with cond:
        await cond.wait_for(lambda: len(shared) > idx)
        print(f"consumer {idx} got {shared[idx]}")


async def producer(cond: asyncio.Condition, shared: list) -> None:
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            shared.append(i * i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    shared: list[int] = []
    await asyncio.gather(producer(cond, shared), *[consumer(cond, shared, i) for i in range(3)])

asyncio.run(main())
