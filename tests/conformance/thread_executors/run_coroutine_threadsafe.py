import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

def from_thread(loop, out):
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(future.result())

async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = threading.Thread(target=from_thread, args=(loop, out))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.05)
    print(out)

asyncio.run(main())
