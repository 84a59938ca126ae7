# Waiting getters and putters: FIFO wake-up order, a cancelled waiter removed (and, if it had
# been woken already, passing its wake-up on), repr/str while tasks wait, task_done errors.
import asyncio


def show(q):
    # str() has no address; repr() does (replaced so the output is deterministic).
    print('   ', str(q), '|', repr(q).replace(hex(id(q)), 'ADDR'))


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append((name, item))
    except asyncio.CancelledError:
        log.append((name, 'cancelled'))
        raise


async def putter(q, name, item, log):
    try:
        await q.put(item)
        log.append((name, 'put', item))
    except asyncio.CancelledError:
        log.append((name, 'cancelled'))
        raise


async def main():
    print('getters wake in order; a cancelled one is skipped')
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(q, f'g{i}', log)) for i in range(4)]
    await asyncio.sleep(0)
    show(q)
    tasks[1].cancel()
    await asyncio.sleep(0)
    show(q)
    for item in 'abc':
        q.put_nowait(item)
    show(q)
    await asyncio.gather(*tasks, return_exceptions=True)
    print('   ', log)
    show(q)

    print('a getter woken then cancelled passes the item on')
    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter(q, 'g1', log))
    g2 = asyncio.create_task(getter(q, 'g2', log))
    await asyncio.sleep(0)
    q.put_nowait('only')
    g1.cancel()  # woken (its future done) but not yet run
    await asyncio.gather(g1, g2, return_exceptions=True)
    print('   ', log, q.qsize())

    print('putters wait in order when full; a cancelled putter passes its turn on')
    q = asyncio.Queue(maxsize=1)
    log = []
    q.put_nowait('first')
    ps = [asyncio.create_task(putter(q, f'p{i}', i, log)) for i in range(3)]
    await asyncio.sleep(0)
    show(q)
    print('   got', q.get_nowait())  # wakes p0
    ps[0].cancel()  # woken, cancelled before it runs: p1 gets the slot
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show(q)
    print('   got', q.get_nowait())
    await asyncio.sleep(0)
    print('   got', q.get_nowait())
    await asyncio.gather(*ps, return_exceptions=True)
    print('   ', log)
    show(q)

    print('task_done and join')
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('    ValueError:', e)
    q.put_nowait(1)
    q.put_nowait(2)
    show(q)
    q.get_nowait()
    q.task_done()
    joined = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print('    joined early:', joined.done())
    q.get_nowait()
    q.task_done()
    await joined
    print('    joined:', joined.done(), q._unfinished_tasks, q._finished.is_set())
    try:
        q.task_done()
    except ValueError as e:
        print('    ValueError:', e)

    print('errors from the nowait methods')
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('    QueueEmpty', repr(e))
    q.put_nowait(0)
    try:
        q.put_nowait(1)
    except asyncio.QueueFull as e:
        print('    QueueFull', repr(e))
    for bad in (lambda: q.put_nowait(), lambda: q.get_nowait(1)):
        try:
            bad()
        except TypeError:
            print('    TypeError')
    print('    maxsize', q.maxsize, q.full(), asyncio.Queue(-1).full())


asyncio.run(main())
