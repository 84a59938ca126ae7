import asyncio

async def inner(n):
    try:
        await asyncio.sleep(0.1)
        print('inner finished', n)
        return n * 10
    except asyncio.CancelledError:
        print('inner cancelled', n)
        raise

async def main():
    print(await asyncio.shield(inner(1)))
    t = asyncio.create_task(inner(2))
    outer = asyncio.shield(t)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', t.done())
    print('result', await t)
    # cancelling the awaiting task
    async def waiter():
        try:
            return await asyncio.shield(inner(3))
        except asyncio.CancelledError:
            print('waiter cancelled')
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('w cancelled')
    await asyncio.sleep(0.15)
    # inner cancelled -> outer cancelled
    t = asyncio.create_task(inner(4))
    outer = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled too', outer.cancelled())
    # done already
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(asyncio.shield(f) is f)
    async def bad():
        raise ValueError('bad')
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
