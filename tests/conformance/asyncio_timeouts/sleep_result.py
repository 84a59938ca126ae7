# asyncio.sleep returns its result argument; negative delays act like zero.
import asyncio


async def main():
    print(await asyncio.sleep(0.01, result="r1"))
    print(await asyncio.sleep(0, "r2"))
    print(await asyncio.sleep(-1, result=[1, 2]))
    print(await asyncio.sleep(0))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    print(round(loop.time() - t0, 1))


asyncio.run(main())
