# A semaphore-limited "crawler": at most 3 fetches at a time; pages link to further pages.
import asyncio

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2"],
    "/b": ["/", "/b/1"],
    "/c": [],
    "/a/1": ["/c"],
    "/a/2": [],
    "/b/1": ["/a/2"],
}
LATENCY = {"/": 0.02, "/a": 0.06, "/b": 0.03, "/c": 0.12, "/a/1": 0.04, "/a/2": 0.02, "/b/1": 0.05}


async def fetch(url, sem, log, active):
    async with sem:
        active[0] += 1
        log.append(f"fetch {url} (active {active[0]})")
        await asyncio.sleep(LATENCY[url])
        active[0] -= 1
        return SITE[url]


async def crawl(start):
    sem = asyncio.Semaphore(3)
    seen = {start}
    log = []
    active = [0]

    async def visit(url):
        links = await fetch(url, sem, log, active)
        new = [l for l in links if l not in seen]
        seen.update(new)
        await asyncio.gather(*(visit(l) for l in new))

    await visit(start)
    return log, sorted(seen)


log, seen = asyncio.run(crawl("/"))
print("\n".join(log))
print(seen)
