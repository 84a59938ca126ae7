import asyncio

lock = asyncio.Lock()
event = asyncio.Event()
counter = 0


async def incr(n):
    global counter
    for _ in range(n):
        async with lock:
            tmp = counter
            await asyncio.sleep(0)
            counter = tmp + 1


async def waiter(event):
    print('waiting for it ...')
    await event.wait()
    print('... got it!')


async def main():
    waiter_task = asyncio.create_task(waiter(event))
    await asyncio.sleep(1)
    event.set()
    await waiter_task
    await asyncio.gather(incr(100), incr(100))
    print(counter)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.1)
            return i
    print(await asyncio.gather(*[limited(i) for i in range(6)]))

asyncio.run(main())
