# Tutorial-style: each task draws seeded random numbers until one exceeds its threshold.
import asyncio
import random

COLORS = ("\033[0m", "\033[36m", "\033[91m", "\033[35m")


async def draw_until(idx, threshold):
    print(COLORS[idx + 1] + f"draw_until({idx}) starts, threshold {threshold}" + COLORS[0])
    n = random.randint(0, 10)
    while n <= threshold:
        print(COLORS[idx + 1] + f"draw_until({idx}) got {n}, too low" + COLORS[0])
        await asyncio.sleep(0)
        n = random.randint(0, 10)
    print(COLORS[idx + 1] + f"---> draw_until({idx}) done with {n}" + COLORS[0])
    return n


async def main():
    random.seed(1)
    results = await asyncio.gather(*(draw_until(i, 10 - i - 1) for i in range(3)))
    print(results)


asyncio.run(main())
