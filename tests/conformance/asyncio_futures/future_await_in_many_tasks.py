# Many tasks awaiting one future all wake when it is set, in the order they started waiting.
import asyncio


async def waiter(name, fut, log):
    log.append(f"{name} waiting")
    v = await fut
    log.append(f"{name} got {v}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    tasks = [asyncio.create_task(waiter(n, fut, log)) for n in ["x", "y", "z"]]
    await asyncio.sleep(0)
    loop.call_later(0.01, fut.set_result, "signal")
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
