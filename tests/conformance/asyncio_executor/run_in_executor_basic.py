# run_in_executor runs a blocking function in the default executor; only results are printed.
import asyncio
import time


def blocking(x, y):
    time.sleep(0.01)
    return x * y


async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 6, 7)
    print("result:", r)
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i, i) for i in range(5)))
    print("gathered:", results)
    fut = loop.run_in_executor(None, blocking, 2, 3)
    print("is future:", asyncio.isfuture(fut), type(fut).__name__)
    print(await fut)


asyncio.run(main())
