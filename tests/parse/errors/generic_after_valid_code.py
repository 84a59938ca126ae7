import asyncio

async def main():
    await asyncio.sleep(1)
    x = = 2

asyncio.run(main())
