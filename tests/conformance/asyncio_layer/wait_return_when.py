import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(i, 0.05 * i), name=f't{i}') for i in range(1, 4)]
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))
    ts = [asyncio.create_task(job(i, 0.05 * i), name=f'u{i}') for i in range(1, 4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.075)
    print(names(done), names(pending))
    await asyncio.wait(pending)
    ts = [asyncio.create_task(job(1, 0.05, True), name='e1'), asyncio.create_task(job(2, 0.25), name='e2')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in done:
        print(repr(t.exception()))
    await asyncio.wait(pending)
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await asyncio.wait(ts, return_when='X')
    except ValueError as e:
        print('ValueError', e)
    c = job(1, 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    try:
        await asyncio.wait(ts[0])
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)
    d, p = await asyncio.wait([ts[0], ts[0]])
    print(len(d), len(p))

asyncio.run(main())
