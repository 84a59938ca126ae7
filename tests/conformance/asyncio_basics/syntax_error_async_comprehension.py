# An async comprehension in a plain function is a compile-time error: no output, exit status 1.
import asyncio

print("never printed")


async def agen():
    yield 1


def collect():
    return [x async for x in agen()]
