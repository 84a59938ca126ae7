import asyncio

def broken():
    raise RuntimeError("from the thread")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, broken)
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
