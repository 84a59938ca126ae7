# A chain of awaits across coroutines: values and print order flow through the chain.
import asyncio


async def level(n):
    print("enter", n)
    if n == 0:
        await asyncio.sleep(0.01)
        result = 0
    else:
        result = await level(n - 1) + n
    print("leave", n, result)
    return result


print(asyncio.run(level(5)))
