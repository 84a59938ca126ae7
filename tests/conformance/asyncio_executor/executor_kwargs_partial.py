# run_in_executor takes only positional args: keyword arguments go through functools.partial.
import asyncio
import functools


def greet(name, punctuation="."):
    return f"hello {name}{punctuation}"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, greet, "world"))
    print(await loop.run_in_executor(None, functools.partial(greet, "async", punctuation="!")))
    try:
        loop.run_in_executor(None, greet, "x", punctuation="?")
    except TypeError as e:
        print(type(e).__name__)


asyncio.run(main())
