# async for supports else/break/continue like for.
import asyncio


async def items(seq):
    for x in seq:
        await asyncio.sleep(0)
        yield x


async def main():
    async for x in items([1, 2, 3]):
        if x == 2:
            continue
        print("x", x)
    else:
        print("else ran (no break)")
    async for x in items("abc"):
        if x == "b":
            print("breaking")
            break
    else:
        print("not printed")
    async for x in items([]):
        print("never")
    else:
        print("else on empty")


asyncio.run(main())
