import asyncio
from urllib.parse import urljoin

PAGES = {
    "/": ["/a", "/b"],
    "/a": ["/c", "/"],
    "/b": ["/c", "/d"],
    "/c": [],
    "/d": ["/a"],
}


async def fetch(url: str) -> list[str]:
    await asyncio.sleep(len(url) * 0.01)
    return PAGES.get(url, [])


async def crawl(start: str, max_concurrency: int = 2) -> set[str]:
    seen = {start}
    queue: asyncio.Queue[str] = asyncio.Queue()
    queue.put_nowait(start)
    sem = asyncio.Semaphore(max_concurrency)

    async def worker():
        while True:
            url = await queue.get()
            try:
                async with sem:
                    links = await fetch(url)
                for link in links:
                    full = urljoin("http://example.com", link)
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
                        print(f"found {full}")
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(max_concurrency)]
    await queue.join()
    for w in workers:
        w.cancel()
    return seen


print(sorted(asyncio.run(crawl("/"))))
