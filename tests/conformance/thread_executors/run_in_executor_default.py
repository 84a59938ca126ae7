import asyncio
import time

def blocking(n):
    time.sleep(0.2)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3)))
    print(results)
    print("overlapped:", round(loop.time() - start, 1))

asyncio.run(main())
