import asyncio

log = []

async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    # wait_for of a task that finishes in the same tick as the outer cancellation
    async def quick():
        await asyncio.sleep(0)
        log.append('quick done')
        return 'q'
    t = asyncio.create_task(asyncio.wait_for(quick(), 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        print('wait_for result', await t)
    except asyncio.CancelledError:
        print('wait_for cancelled')
    print(log); log.clear()
    # gather interleaving
    await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 4))
    print(log); log.clear()
    # lock handoff under sleep(0)
    lock = asyncio.Lock()
    async def locker(n):
        for i in range(2):
            async with lock:
                log.append(f'L{n}.{i}')
                await asyncio.sleep(0)
    await asyncio.gather(*(locker(i) for i in range(3)))
    print(log); log.clear()
    # queue ping-pong
    q = asyncio.Queue(maxsize=1)
    async def prod():
        for i in range(4):
            await q.put(i)
            log.append(f'put{i}')
    async def cons():
        for i in range(4):
            v = await q.get()
            log.append(f'get{v}')
            q.task_done()
    await asyncio.gather(cons(), prod())
    print(log); log.clear()
    # event with many waiters + cancellation of one
    ev = asyncio.Event()
    async def w(n):
        try:
            await ev.wait()
            log.append(f'w{n}')
        except asyncio.CancelledError:
            log.append(f'w{n} cancelled')
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    ts[2].cancel()
    ev.set()
    await asyncio.gather(*ts)
    print(log); log.clear()
    # timeout that expires exactly while inner awaits sleep(0) loops
    try:
        async with asyncio.timeout(0):
            await ticker('t', 3)
    except TimeoutError:
        print('timeout(0) fired after', log)
    log.clear()
    # shield + cancel ordering
    inner = asyncio.create_task(ticker('s', 3))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.sleep(0)
    log.append(f'outer cancelled {outer.cancelled()} inner done {inner.done()}')
    await inner
    print(log); log.clear()
    # TaskGroup: first error cancels siblings; order of cancellation
    async def failing():
        await asyncio.sleep(0)
        log.append('fail')
        raise ValueError('x')
    async def sibling(n):
        try:
            await ticker(f'sib{n}-', 5)
        except asyncio.CancelledError:
            log.append(f'sib{n} cancelled')
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(sibling(n))
            tg.create_task(failing())
    except ExceptionGroup as eg:
        log.append(repr(eg.exceptions))
    print(log); log.clear()
    # wait FIRST_COMPLETED ties
    ts = [asyncio.create_task(ticker(f'x{i}', 2)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), log); log.clear()
    if pending:
        await asyncio.wait(pending)
    # semaphore fairness: a late arrival does not barge in
    sem = asyncio.Semaphore(1)
    async def s(n):
        async with sem:
            log.append(f'S{n}')
            await asyncio.sleep(0)
    tasks = [asyncio.create_task(s(i)) for i in range(3)]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(s(9)))
    await asyncio.gather(*tasks)
    print(log); log.clear()
    # condition notify ordering
    cond = asyncio.Condition()
    async def cw(n):
        async with cond:
            await cond.wait()
            log.append(f'C{n}')
    ts = [asyncio.create_task(cw(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append('notified')
    await asyncio.gather(*ts)
    print(log); log.clear()
    # barrier ordering
    b = asyncio.Barrier(3)
    async def bw(n):
        log.append(f'B{n} in')
        i = await b.wait()
        log.append(f'B{n} out {i}')
    await asyncio.gather(*(bw(i) for i in range(3)))
    print(log); log.clear()

asyncio.run(main())
