# Tutorial-style: fetch several "URLs" concurrently, each with its own timeout; report per URL.
import asyncio

LATENCY = {"fast.example": 0.02, "slow.example": 0.4, "medium.example": 0.08, "broken.example": 0.03}


async def fetch(url):
    await asyncio.sleep(LATENCY[url])
    if url.startswith("broken"):
        raise ConnectionError(f"{url} refused")
    return f"<html>{url}</html>"


async def fetch_report(url, timeout):
    try:
        body = await asyncio.wait_for(fetch(url), timeout)
        return f"{url}: {len(body)} bytes"
    except TimeoutError:
        return f"{url}: timed out"
    except ConnectionError as e:
        return f"{url}: error {e}"


async def main():
    reports = await asyncio.gather(*(fetch_report(u, 0.2) for u in LATENCY))
    for r in reports:
        print(r)


asyncio.run(main())
