# Eight tasks follow a seeded random plan: wake-ups at distinct absolute instants (20 ms apart)
# mixed with bursts of sleep(0). The full interleaving of timed and zero-delay steps is pinned.
import asyncio
import random

random.seed(1)
SLOTS = list(range(1, 31))
random.shuffle(SLOTS)
PLANS = {f"t{i}": sorted(SLOTS[i * 3:(i + 1) * 3]) for i in range(8)}
SPINS = {name: [random.randint(0, 3) for _ in range(3)] for name in PLANS}
log = []


async def actor(name, start):
    loop = asyncio.get_running_loop()
    for slot, spins in zip(PLANS[name], SPINS[name]):
        await asyncio.sleep(start + slot * 0.02 - loop.time())
        log.append(f"{name}@{slot}")
        for k in range(spins):
            await asyncio.sleep(0)
            log.append(f"{name}.{k}")


async def main():
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(actor(n, start) for n in PLANS))
    for i in range(0, len(log), 10):
        print(" ".join(log[i:i + 10]))


print(PLANS)
print(SPINS)
asyncio.run(main())
