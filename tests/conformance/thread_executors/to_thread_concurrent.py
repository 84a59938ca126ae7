import asyncio
import time

def blocking_io(name, delay):
    time.sleep(delay)
    return f"{name} done"

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)

async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, "io", 0.25), ticker())
    print(result)

asyncio.run(main())
