import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm)[:16], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timeout', repr(e), cm.expired(), repr(cm), type(e.__cause__).__name__)
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 1)
        print(cm.when() is not None)
        cm.reschedule(None)
        await asyncio.sleep(0.05)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('rescheduled into the past', repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    t = asyncio.timeout(1)
    print(repr(t)[:20])
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer timeout fired')
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner wrongly')
    except TimeoutError:
        print('outer ok')
    # cancellation from outside is not turned into TimeoutError
    async def victim():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    v = asyncio.create_task(victim())
    await asyncio.sleep(0.05)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print('victim cancelled')
    # swallowed timeout: body catches CancelledError
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body caught')
    print('after', cm.expired(), repr(cm))
    tt = asyncio.timeout(0)
    try:
        async with tt:
            await asyncio.sleep(0)
            print('not reached?')
    except TimeoutError:
        print('zero timeout')
    try:
        async with tt:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    print(asyncio.current_task().cancelling())

asyncio.run(main())
