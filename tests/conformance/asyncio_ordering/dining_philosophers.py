# Dining philosophers with ordered fork acquisition (no deadlock); eating takes i+1 loop turns.
import asyncio

log = []


async def philosopher(i, forks, meals):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for m in range(meals):
        async with first:
            await asyncio.sleep(0)
            async with second:
                log.append(f"p{i} eats meal {m}")
                for _ in range(i + 1):
                    await asyncio.sleep(0)
        await asyncio.sleep(0)


async def main():
    forks = [asyncio.Lock() for _ in range(5)]
    await asyncio.gather(*(philosopher(i, forks, 2) for i in range(5)))
    print("\n".join(log))
    print(len(log), "meals")


asyncio.run(main())
