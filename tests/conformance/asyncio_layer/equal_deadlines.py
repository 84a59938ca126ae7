import asyncio

async def main():
    try:
        print(await asyncio.wait_for(asyncio.sleep(0.2, 'inner'), 0.2))
    except TimeoutError:
        print('wait_for tie: timeout')
    try:
        async with asyncio.timeout(0.2):
            print(await asyncio.sleep(0.2, 'inner2'))
    except TimeoutError:
        print('timeout tie: timeout')
    t1 = asyncio.create_task(asyncio.sleep(0.2, 'a'))
    t2 = asyncio.create_task(asyncio.sleep(0.2, 'b'))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.sleep(0.3)
    order = []
    async def s(n, d):
        await asyncio.sleep(d)
        order.append(n)
    await asyncio.gather(s(1, 0.2), s(2, 0.1), s(3, 0.2), s(4, 0.1))
    print(order)

asyncio.run(main())
