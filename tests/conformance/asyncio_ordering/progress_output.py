# Progress-style output built with print(end=...), flush=True and sys.stdout.write from several tasks.
import asyncio
import sys


async def download(name, chunks, delay):
    for i in range(chunks):
        await asyncio.sleep(delay)
        sys.stdout.write(name[0])
        sys.stdout.flush()
    return name


async def main():
    print("progress: ", end="", flush=True)
    names = await asyncio.gather(download("alpha", 4, 0.09), download("beta", 2, 0.21), download("gamma", 3, 0.15))
    print()
    print("finished:", ", ".join(names), sep=" ")
    n = sys.stdout.write("written by write()\n")
    print("write returned", n)


asyncio.run(main())
