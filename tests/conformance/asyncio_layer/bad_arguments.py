import asyncio

async def main():
    for bad in [0, 'x', None]:
        try:
            await asyncio.wait_for(bad, 1)
        except Exception as e:
            print('wait_for', type(e).__name__, e)
        try:
            asyncio.gather(bad)
        except Exception as e:
            print('gather', type(e).__name__, e)
        try:
            asyncio.shield(bad)
        except Exception as e:
            print('shield', type(e).__name__, e)
        try:
            await asyncio.sleep(bad)
        except Exception as e:
            print('sleep', type(e).__name__, e)
        try:
            await asyncio.wait(bad)
        except Exception as e:
            print('wait', type(e).__name__, e)
        try:
            for c in asyncio.as_completed(bad):
                pass
        except Exception as e:
            print('as_completed', type(e).__name__, e)
        try:
            asyncio.create_task(bad)
        except Exception as e:
            print('create_task', type(e).__name__, e)
        try:
            asyncio.Queue(bad).full()
        except Exception as e:
            print('Queue', type(e).__name__, e)
        try:
            asyncio.Semaphore(bad)
        except Exception as e:
            print('Semaphore', type(e).__name__, e)
        try:
            asyncio.Barrier(bad)
        except Exception as e:
            print('Barrier', type(e).__name__, e)
        try:
            async with asyncio.timeout(bad):
                pass
        except Exception as e:
            print('timeout', type(e).__name__, e)
    try:
        asyncio.Lock(loop=1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Queue(maxsize=1, loop=1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.gather(asyncio.sleep(0), return_exceptions=True, loop=1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait_for(asyncio.sleep(0))
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
