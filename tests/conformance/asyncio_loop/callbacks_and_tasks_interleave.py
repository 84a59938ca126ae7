# Interleaving of call_soon callbacks and task steps across loop iterations.
import asyncio

log = []


async def task(name):
    for i in range(2):
        log.append(f"{name} step {i}")
        asyncio.get_running_loop().call_soon(log.append, f"cb from {name} {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb before tasks")
    a = asyncio.create_task(task("A"))
    loop.call_soon(log.append, "cb between")
    b = asyncio.create_task(task("B"))
    await asyncio.gather(a, b)
    print("\n".join(log))


asyncio.run(main())
