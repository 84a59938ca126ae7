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
    # base error
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(15, 0, SystemExit(3)))
            tg.create_task(ok(16, 1))
    except SystemExit as e:
        print('SystemExit', e.args[0])
    print('after')

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit escaped asyncio.run', e.args[0])
