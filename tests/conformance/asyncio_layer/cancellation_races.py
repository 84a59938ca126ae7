import asyncio

def r(x):
    s = repr(x)
    return s[:s.index(' at ')] + s[s.index(' ['):]

async def main():
    # Barrier: a waiting party is cancelled -> barrier stays consistent?
    b = asyncio.Barrier(3)
    async def party(n):
        try:
            i = await b.wait()
            print('party', n, 'passed', i)
        except asyncio.CancelledError:
            print('party', n, 'cancelled', r(b))
            raise
        except asyncio.BrokenBarrierError:
            print('party', n, 'broken')
    t0 = asyncio.create_task(party(0))
    t1 = asyncio.create_task(party(1))
    await asyncio.sleep(0)
    print(r(b))
    t1.cancel()
    await asyncio.sleep(0)
    print(r(b))
    t2 = asyncio.create_task(party(2))
    t3 = asyncio.create_task(party(3))
    await asyncio.sleep(0)
    print(r(b))
    await asyncio.gather(t0, t1, t2, t3, return_exceptions=True)
    print(r(b))
    # Semaphore: locked() with only cancelled waiters
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ws = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    for w in ws:
        w.cancel()
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    sem.release()
    print(r(sem), sem.locked())
    # Lock: release then cancel the woken waiter before it runs
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    print('a cancelled', a.cancelled(), 'b got it', b2.done() and b2.result(), r(lock))
    # Condition: cancelled while re-acquiring
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            try:
                await cond.wait()
                print('waiter woke normally')
            except asyncio.CancelledError:
                print('waiter cancelled; holds lock:', cond.locked())
                raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print('main holds', cond.locked())
    cond.release()
    try:
        await w
    except asyncio.CancelledError:
        print('w cancelled', cond.locked())
    # Queue.get cancelled right after being woken: item must not be lost
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('item')
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('g1', g1.cancelled(), 'g2', g2.done() and g2.result(), q.qsize())
    # Event wait cancelled
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(r(ev), t.cancelled())

asyncio.run(main())
