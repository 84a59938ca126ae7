# Mixing sleep(0) spinning with timed sleeps: spinners run many rounds before any timer fires.
import asyncio

log = []


async def spinner(name, rounds):
    for i in range(rounds):
        await asyncio.sleep(0)
    log.append(f"{name} spun {rounds}")


async def sleeper(name, delay):
    log.append(f"{name} sleeps")
    await asyncio.sleep(delay)
    log.append(f"{name} woke")


async def main():
    await asyncio.gather(sleeper("s1", 0.02), spinner("x", 5), spinner("y", 2), sleeper("s2", 0), spinner("z", 3))
    print("\n".join(log))


asyncio.run(main())
