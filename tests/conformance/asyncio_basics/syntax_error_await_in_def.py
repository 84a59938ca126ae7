# A program with 'await' inside a plain def is rejected at compile time: no output, exit status 1.
import asyncio

print("this line never runs: the whole file fails to compile")


def not_async():
    await asyncio.sleep(0)


asyncio.run(not_async())
