import asyncio

def r(q):
    s = repr(q)
    return s[:s.index(' at ')] + s[s.index(' 0x') + 1:][s[s.index(' 0x') + 1:].index(' '):]

async def producer(q, n):
    for i in range(3):
        print('put', n, i, q.qsize(), q.full())
        await q.put((n, i))
    print('producer done', n)

async def worker(q, n):
    while True:
        item = await q.get()
        print('worker', n, 'got', item)
        await asyncio.sleep(0.05)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(r(q), str(q), q.maxsize, q.empty())
    workers = [asyncio.create_task(worker(q, i)) for i in range(2)]
    await asyncio.gather(producer(q, 'A'), producer(q, 'B'))
    print(str(q))
    await q.join()
    print('joined', str(q))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(x).__name__ for x in res])
    q = asyncio.Queue()
    q.put_nowait(1)
    print(str(q), r(q))
    try:
        q.task_done(); q.task_done()
    except ValueError as e:
        print('ValueError', e)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), type(e))
    q1 = asyncio.Queue(1)
    q1.put_nowait('a')
    try:
        q1.put_nowait('b')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print(str(pq), [pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 4]:
        lq.put_nowait(x)
    print(str(lq), [await lq.get() for _ in range(3)])
    # getters and cancel
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    g3 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    q.put_nowait('one')
    q.put_nowait('two')
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.result(), g3.result(), str(q))
    # putters
    q = asyncio.Queue(1)
    await q.put(0)
    ps = [asyncio.create_task(q.put(i)) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(str(q))
    ps[0].cancel()
    print(await q.get(), await q.get(), await q.get())
    print(str(q), ps[0].cancelled())
    await asyncio.sleep(0)
    print(str(q))
    qq = asyncio.Queue(0)
    print(qq.full(), asyncio.Queue(-1).full())
    print(asyncio.Queue[int] is not None)
    # join with no tasks
    await asyncio.Queue().join()
    print('done')

asyncio.run(main())
