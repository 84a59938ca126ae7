import asyncio

def on_done(fut: asyncio.Future) -> None:
    print("callback:", fut.result())

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.create_task(set_after(fut, 1, '... world'))
    print('hello ...')
    print(await fut)
    loop.call_soon(print, "soon")
    handle = loop.call_later(0.5, lambda: print("later"))
    loop.call_at(loop.time() + 0.2, print, "at")
    await asyncio.sleep(1)
    handle.cancel()

asyncio.run(main())
