import asyncio

async def child(n, d, exc=None):
    try:
        await asyncio.sleep(d)
        if exc:
            raise exc
        print('child', n, 'done')
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1, 0.05))
                tg.create_task(child(2, 1))
    except TimeoutError:
        print('timeout around taskgroup', asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            async def with_timeout():
                async with asyncio.timeout(0.05):
                    await child(3, 1)
            tg.create_task(with_timeout())
            tg.create_task(child(4, 0.1))
    except ExceptionGroup as eg:
        print('timeout inside child', repr(eg.exceptions))

asyncio.run(main())

async def main2():
    # external cancel while a child errors
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(5, 0.1, ValueError('five')))
            tg.create_task(child(6, 1))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled')
    except ExceptionGroup as eg:
        print('parent eg', repr(eg.exceptions))
    # wait_for around a TaskGroup
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(7, 1))
    try:
        await asyncio.wait_for(group(), 0.05)
    except TimeoutError:
        print('wait_for timeout around taskgroup')
    # child fails exactly at the timeout
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(8, 0.1, KeyError('eight')))
                tg.create_task(child(9, 1))
    except TimeoutError:
        print('timeout won')
    except ExceptionGroup as eg:
        print('group won', repr(eg.exceptions))
    print('cancelling', asyncio.current_task().cancelling())

asyncio.run(main2())
