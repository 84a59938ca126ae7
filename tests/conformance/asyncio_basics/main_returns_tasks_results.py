# A tutorial-style program: start three downloads, collect results, print summary.
import asyncio


async def download(url, size):
    print(f"start {url}")
    await asyncio.sleep(size / 100)
    print(f"done {url}")
    return size


async def main():
    urls = {"a.example": 20, "b.example": 5, "c.example": 12}
    tasks = [asyncio.create_task(download(u, s)) for u, s in urls.items()]
    sizes = [await t for t in tasks]
    print("sizes:", sizes, "total:", sum(sizes))


asyncio.run(main())
