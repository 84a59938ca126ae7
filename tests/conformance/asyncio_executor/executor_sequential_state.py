# Several to_thread calls awaited one after another see each other's effects in order.
import asyncio

state = []


def append(x):
    state.append(x)
    return len(state)


async def main():
    for x in "abc":
        n = await asyncio.to_thread(append, x)
        print(x, n)
    print(state)


asyncio.run(main())
