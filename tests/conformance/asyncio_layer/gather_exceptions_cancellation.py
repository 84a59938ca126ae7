import asyncio

async def work(name, delay, fail=None):
    print('start', name)
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print('end', name)
    return name.upper()

async def main():
    print(await asyncio.gather(work('a', 0.1), work('b', 0.05), work('c', 0)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(work('d', 0.05), work('e', 0.1, ValueError('boom')), work('f', 0.15))
    except ValueError as e:
        print('caught', type(e).__name__, e)
    await asyncio.sleep(0.25)
    res = await asyncio.gather(work('g', 0.05, KeyError('k')), work('h', 0), return_exceptions=True)
    print([repr(r) for r in res])
    # a cancelled child
    t = asyncio.ensure_future(work('i', 1))
    g = asyncio.gather(t, work('j', 0.05), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel('because')
    print([repr(r) for r in await g])
    t = asyncio.ensure_future(work('k', 1))
    g = asyncio.gather(t, work('l', 0.05), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([repr(r) for r in await g])
    # a cancelled child without return_exceptions
    t = asyncio.ensure_future(work('m', 1))
    g = asyncio.gather(t, work('n', 0.05))
    await asyncio.sleep(0)
    t.cancel('msg1')
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled', repr(e), g.cancelled(), g.done())
    await asyncio.sleep(0.1)
    # cancel the outer gather
    g = asyncio.gather(work('o', 1), work('p', 1))
    await asyncio.sleep(0)
    print('cancel ->', g.cancel('stop'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', repr(e), g.cancelled())
    print('cancel again ->', g.cancel())
    # same coroutine twice
    c = work('q', 0)
    print(await asyncio.gather(c, c))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.05, f.set_result, 42)
    print(await asyncio.gather(f, f, work('r', 0)))
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print(type(e).__name__, e)
    print(type(asyncio.gather(asyncio.sleep(0))).__name__)
    await asyncio.sleep(0.05)

asyncio.run(main())
