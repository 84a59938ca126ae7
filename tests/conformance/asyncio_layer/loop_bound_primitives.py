import asyncio
lock = asyncio.Lock()
q = asyncio.Queue()
async def contend():
    async with lock:
        await asyncio.sleep(0.01)
async def main():
    await asyncio.gather(contend(), contend())
    print('ok', lock._loop is asyncio.get_running_loop())
asyncio.run(main())
try:
    asyncio.run(main())
except RuntimeError as e:
    msg = str(e)
    print('RuntimeError', msg[:msg.index(' at ')], msg[msg.index(' ['):])
async def useq():
    q.put_nowait(1)
    print(await q.get())
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(2)
    print(await t)
asyncio.run(useq())
try:
    asyncio.run(useq())
except RuntimeError as e:
    print('RuntimeError', str(e)[:8])
