import asyncio

def r(x):
    s = repr(x)
    return s[:s.index(' at ')] + s[s.index(' ['):]

async def party(b, n):
    print('arrive', n, r(b))
    idx = await b.wait()
    print('passed', n, idx)
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)
    print(await asyncio.gather(*(party(b, i) for i in range(3))))
    print(r(b))
    print(await asyncio.gather(*(party(b, i) for i in range(3, 9))))
    # abort
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, 'x'))
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('broken', repr(e), b.broken, r(b))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('broken2', repr(e))
    await b.reset()
    print(r(b))
    # reset while waiting
    t = asyncio.create_task(party(b, 'y'))
    await asyncio.sleep(0)
    print(r(b))
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('reset', repr(e), r(b))
    async with asyncio.Barrier(1) as i:
        print('async with', i)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
