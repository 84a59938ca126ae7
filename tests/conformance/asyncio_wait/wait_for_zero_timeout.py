# wait_for with timeout 0 or negative: done futures return, pending ones time out at once.
import asyncio


async def quick():
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("coroutine with timeout 0: TimeoutError")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, -1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except TimeoutError:
        print("negative timeout: TimeoutError")


asyncio.run(main())
