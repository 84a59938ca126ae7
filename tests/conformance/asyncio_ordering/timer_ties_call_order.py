# Equal sleeps started in the same loop turn wake in the order sleep() was called.
import asyncio

log = []


async def sleeper(name, d):
    await asyncio.sleep(d)
    log.append(name)


async def main():
    names = ["c", "a", "e", "b", "d"]
    await asyncio.gather(*(sleeper(n, 0.05) for n in names))
    print(log)
    log.clear()
    loop = asyncio.get_running_loop()
    for n in names:
        loop.call_later(0.03, log.append, n)
    await asyncio.sleep(0.1)
    print(log)


asyncio.run(main())
