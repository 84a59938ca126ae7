# loop.stop() inside asyncio.run's main: run_until_complete fails with RuntimeError (exit 1).
import asyncio


async def main():
    print("stopping the loop from inside")
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)
    print("not reached")


try:
    asyncio.run(main())
except RuntimeError as e:
    print(type(e).__name__, e)
