import asyncio

async def ok(n, d):
    try:
        await asyncio.sleep(d)
        print('ok', n)
        return n
    except asyncio.CancelledError:
        print('cancelled', n)
        raise

async def fail(n, d, exc):
    await asyncio.sleep(d)
    print('failing', n)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.05))
        t2 = tg.create_task(ok(2, 0.1), name='two')
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3, 0.25))
            tg.create_task(fail(4, 0.05, ValueError('v4')))
            tg.create_task(ok(5, 0.25))
            tg.create_task(fail(6, 0.05, KeyError('k6')))
            await asyncio.sleep(1)
            print('not reached')
    except ExceptionGroup as eg:
        print('EG', type(eg).__name__, str(eg), repr(eg))
        print([repr(e) for e in eg.exceptions], eg.message)
        print(eg.subgroup(ValueError), eg.split(KeyError))
    # error in body
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(7, 0.25))
            raise RuntimeError('body')
    except BaseExceptionGroup as eg:
        print('EG2', str(eg), repr(eg.exceptions))
    # create after exit
    try:
        tg.create_task(ok(8, 0))
    except RuntimeError as e:
        print('RuntimeError', e)
    c = ok(9, 0)
    try:
        asyncio.TaskGroup().create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    # outer cancellation of the parent
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(10, 1))
            tg.create_task(ok(11, 1))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled())
    # child errors while parent is also cancelled
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(12, 0, TypeError('t12')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled')
                raise
    except ExceptionGroup as eg:
        print('except*', repr(eg))
    # nested groups
    try:
        async with asyncio.TaskGroup() as outer:
            async def sub():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail(13, 0, ValueError('v13')))
            outer.create_task(sub())
            outer.create_task(ok(14, 1))
    except ExceptionGroup as eg:
        print('nested', repr(eg))
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError', e)

asyncio.run(main())
