# Blocking code on the loop stops every task; asyncio.to_thread moves it to a thread and the
# loop keeps ticking.
import asyncio
import time

def blocking_io():
    time.sleep(0.5)
    return "file contents"

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.2)

async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print("read:", result)

asyncio.run(main())
