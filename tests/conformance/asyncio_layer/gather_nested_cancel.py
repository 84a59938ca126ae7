import asyncio
async def w(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print('w', n, 'cancelled')
        raise
async def main():
    inner = asyncio.gather(w(1, 1), w(2, 1))
    outer = asyncio.gather(inner, w(3, 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    inner.cancel('stop inner')
    res = await outer
    print([repr(r) for r in res], inner.cancelled(), inner.done())
    try:
        inner.result()
    except asyncio.CancelledError as e:
        print('inner result raised', repr(e))
    print(repr(inner.exception()) if not inner.cancelled() else 'cancelled')
    g = asyncio.gather(w(4, 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('g', repr(e), g.cancelled())
    t = asyncio.create_task(w(5, 1))
    await asyncio.sleep(0)
    t.cancel('msg5')
    try:
        await t
    except asyncio.CancelledError as e:
        print('t', repr(e), t.cancelled())
    print([repr(x) for x in await asyncio.gather(t, return_exceptions=True)])
    try:
        await asyncio.gather(t)
    except asyncio.CancelledError as e:
        print('gather(t)', repr(e))
asyncio.run(main())
