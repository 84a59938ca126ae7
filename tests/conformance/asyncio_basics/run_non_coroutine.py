# asyncio.run() requires a coroutine object: other values raise ValueError with the repr.
import asyncio


async def main():
    return 1


for bad in [None, 42, "text", [1, 2], main]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        msg = str(e)
        if bad is main:
            msg = msg.split(" at 0x")[0]
        print(type(e).__name__, msg)
    except TypeError as e:
        print("TypeError", e)

print(asyncio.run(main()))
