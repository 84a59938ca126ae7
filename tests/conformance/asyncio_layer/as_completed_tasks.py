import asyncio

async def job(n, d, fail=False):
    print('job start', n)
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f'job {n} failed')
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.05 * (5 - i))) for i in range(4)]
    for c in asyncio.as_completed(tasks):
        print('got', await c)
    tasks = [asyncio.create_task(job(7, 0.05)), asyncio.create_task(job(8, 1))]
    try:
        for c in asyncio.as_completed(tasks, timeout=0.25):
            print('got', await c)
    except asyncio.TimeoutError as e:
        print('timeout', repr(e), tasks[1].done())
    tasks[1].cancel()
    tasks = [asyncio.create_task(job(9, 0.05, True)), asyncio.create_task(job(10, 0.1))]
    for c in asyncio.as_completed(tasks):
        try:
            print('got', await c)
        except RuntimeError as e:
            print('error', e)
    # a single coroutine: no ordering question
    for c in asyncio.as_completed([job(11, 0)]):
        print('got', await c)
    it = asyncio.as_completed(job(12, 0))
    print('lazy: no error yet')
    try:
        next(it)
    except TypeError as e:
        print('TypeError', e)
    print(list(asyncio.as_completed([])))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.05, f.set_result, 'future result')
    for c in asyncio.as_completed([f, f]):
        print('got', await c)

asyncio.run(main())
