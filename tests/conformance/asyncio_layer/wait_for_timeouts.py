import asyncio

async def slow(n, d):
    try:
        await asyncio.sleep(d)
        print('slow done', n)
        return n
    except asyncio.CancelledError:
        print('slow cancelled', n)
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn swallowed')
        return 'swallowed'

async def main():
    print(await asyncio.wait_for(slow(1, 0.05), 1))
    try:
        await asyncio.wait_for(slow(2, 1), 0.05)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow(3, 1), 0)
    except TimeoutError as e:
        print('timeout0', repr(e))
    print(await asyncio.wait_for(slow(4, 0), None))
    print(await asyncio.wait_for(stubborn(), 0.05))
    # outer cancellation while waiting
    t = asyncio.create_task(asyncio.wait_for(slow(5, 1), 10))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled())
    # done future passed with timeout 0
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    # exception from inner
    async def bad():
        await asyncio.sleep(0)
        raise ValueError('inner')
    try:
        await asyncio.wait_for(bad(), 1)
    except ValueError as e:
        print('inner error', e)
    try:
        await asyncio.wait_for(bad(), -1)
    except TimeoutError as e:
        print('neg timeout', repr(e))

asyncio.run(main())
