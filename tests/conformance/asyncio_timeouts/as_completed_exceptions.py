# as_completed: a failing awaitable raises when its turn comes; later ones remain available.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x


async def main():
    for fut in asyncio.as_completed([work(1, 0.03), work(-2, 0.01), work(3, 0.02)]):
        try:
            print("got", await fut)
        except ValueError as e:
            print("error", e)
    try:
        for f in asyncio.as_completed(work(1, 0)):
            pass
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
