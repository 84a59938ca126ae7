# Loop iterations a waiter needs to resume after Event.set, Lock release, Queue put, Future result.
import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()

    ev = asyncio.Event()
    start = ticks
    loop.call_soon(ev.set)
    await ev.wait()
    print("event:", ticks - start)

    lock = asyncio.Lock()
    await lock.acquire()
    loop.call_soon(lock.release)
    start = ticks
    await asyncio.sleep(0)
    await lock.acquire()
    print("lock:", ticks - start)
    lock.release()

    q = asyncio.Queue()
    loop.call_soon(q.put_nowait, "x")
    start = ticks
    await q.get()
    print("queue:", ticks - start)

    f = loop.create_future()
    loop.call_soon(f.set_result, 1)
    start = ticks
    await f
    print("future:", ticks - start)

    start = ticks
    await asyncio.wait_for(asyncio.sleep(0), 1)
    print("wait_for sleep(0):", ticks - start)

    start = ticks
    await asyncio.shield(asyncio.sleep(0))
    print("shield sleep(0):", ticks - start)

    start = ticks
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("timeout block:", ticks - start)

    start = ticks
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0))
    print("taskgroup:", ticks - start)

    start = ticks
    tsk = asyncio.create_task(asyncio.sleep(0))
    await asyncio.wait([tsk])
    print("wait:", ticks - start)
    t.cancel()


asyncio.run(main())
