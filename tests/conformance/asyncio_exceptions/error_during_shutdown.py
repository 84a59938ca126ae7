# A leftover task that raises while being cancelled at asyncio.run shutdown: logged to stderr, exit 0.
import asyncio


async def messy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("messy cancelled, raising instead")
        raise ValueError("error in cleanup")


async def main():
    asyncio.create_task(messy())
    await asyncio.sleep(0.01)
    print("main returns")
    return 0


print("result:", asyncio.run(main()))
print("after run")
