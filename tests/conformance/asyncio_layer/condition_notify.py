import asyncio

def r(x):
    s = repr(x)
    return s[:s.index(' at ')] + s[s.index(' ['):]

async def consumer(cond, n, items):
    async with cond:
        print('consumer waits', n)
        res = await cond.wait_for(lambda: len(items) > 0)
        print('consumer', n, 'got', items.pop(0), res)

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, i, items)) for i in range(4)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        items.append('x')
        cond.notify()
        print(r(cond))
    await asyncio.sleep(0)
    async with cond:
        items.extend(['y', 'z', 'w'])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    # cancel a waiter while waiting: lock re-acquired
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('waiter cancelled, locked:', cond.locked())
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print('holding', cond.locked())
    try:
        await t
    except asyncio.CancelledError:
        print('t cancelled')
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), r(c2))
    # notify(n)
    async def nw(n):
        async with cond:
            v = await cond.wait()
            print('nw', n, v)
    ts = [asyncio.create_task(nw(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.05)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*ts)

asyncio.run(main())
