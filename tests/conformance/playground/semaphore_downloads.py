# A Semaphore(2) lets at most two downloads run at once; the rest wait for a slot.
import asyncio

async def download(name, seconds, slots):
    async with slots:
        print(f"start {name}")
        await asyncio.sleep(seconds)
        print(f"done  {name}")

async def main():
    slots = asyncio.Semaphore(2)
    files = [("a.zip", 0.3), ("b.zip", 0.1), ("c.zip", 0.25), ("d.zip", 0.1), ("e.zip", 0.2)]
    await asyncio.gather(*(download(name, t, slots) for name, t in files))

asyncio.run(main())
