import asyncio
import operator
import os
import string
import random


async def worker(sem, name, cost):
    async with sem:
        await asyncio.sleep(cost)
        return {"name": name, "cost": cost}


async def main():
    limit = min(2, os.cpu_count() or 1)
    sem = asyncio.Semaphore(limit)
    random.seed(7)
    names = ["".join(random.choice(string.ascii_lowercase) for _ in range(5)) for _ in range(4)]
    costs = [0.3, 0.1, 0.4, 0.2]
    results = await asyncio.gather(*(worker(sem, n, c) for n, c in zip(names, costs)))
    for r in sorted(results, key=operator.itemgetter("cost")):
        print(r["name"], r["cost"])
    print(max(results, key=operator.itemgetter("cost"))["name"], limit)
    by_name = sorted(results, key=lambda r: r["name"])
    print([r["name"] for r in by_name])
    tpl = string.Template("$n finished in ${c}s")
    print([tpl.substitute(n=r["name"], c=r["cost"]) for r in results])


asyncio.run(main())
