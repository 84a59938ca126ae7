import asyncio

def r(x):
    s = repr(x)
    return s[:s.index(' at ')] + s[s.index(' ['):] if ' [' in s else s

async def user(lock, n, hold):
    print('want', n, r(lock))
    async with lock:
        print('got', n, r(lock))
        await asyncio.sleep(hold)
    print('released', n)

async def main():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    await asyncio.gather(*(user(lock, i, 0.05) for i in range(4)))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    # cancel a waiter
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(r(lock))
    t1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    print('t2 done', t2.done(), t1.cancelled(), r(lock))
    lock.release()
    # semaphore
    sem = asyncio.Semaphore(2)
    print(r(sem))
    async def s(n):
        async with sem:
            print('sem in', n, r(sem))
            await asyncio.sleep(0.05 * (n % 3 + 1))
        print('sem out', n)
    await asyncio.gather(*(s(i) for i in range(6)))
    print(r(sem))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    # semaphore wake order with cancellation
    sem = asyncio.Semaphore(0)
    order = []
    async def w(n):
        await sem.acquire()
        order.append(n)
    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0)
    ts[1].cancel()
    sem.release(); sem.release()
    await asyncio.sleep(0)
    print('order', order, r(sem))
    sem.release(); sem.release(); sem.release()
    await asyncio.sleep(0)
    print('order', order, r(sem))
    print(type(lock), type(sem), asyncio.Lock.__module__)
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    async def ew(n):
        print('waiting', n)
        print("woke", n, await ev.wait())
    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    ev.set()
    print(r(ev))
    await asyncio.sleep(0)
    ev.clear()
    print(r(ev), await asyncio.wait_for(asyncio.shield(ev.wait()), 0.05) if False else 'x')
    async with asyncio.Lock() as x:
        print('as', x)

asyncio.run(main())
