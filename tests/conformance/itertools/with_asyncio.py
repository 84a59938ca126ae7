import asyncio
import itertools

ids = itertools.count(1)


async def job(name, delay):
    job_id = next(ids)
    await asyncio.sleep(delay)
    return job_id, name


async def main():
    names = ["fetch", "parse", "store"]
    delays = itertools.cycle([0.3, 0.1, 0.2])
    results = await asyncio.gather(*(job(n, d) for n, d in zip(names, delays)))
    print(results)
    pairs = list(itertools.product(["a", "b"], [1, 2]))
    done = await asyncio.gather(*(job(f"{x}{y}", 0.01 * y) for x, y in pairs))
    print(done)
    for key, group in itertools.groupby(sorted(done, key=lambda r: r[1][0]), key=lambda r: r[1][0]):
        print(key, [g[0] for g in group])
    batch = list(itertools.islice(ids, 3))
    print(batch, next(ids))


asyncio.run(main())
