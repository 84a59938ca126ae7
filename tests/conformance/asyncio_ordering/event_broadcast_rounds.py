# A coordinator runs rounds: it sets an Event, workers react, then it clears and waits for acks.
import asyncio

log = []


async def worker(name, go, acks, rounds):
    for r in range(rounds):
        await go.wait()
        log.append(f"{name} r{r}")
        await acks.put(name)
        while go.is_set():
            await asyncio.sleep(0)


async def coordinator(go, acks, n, rounds):
    for r in range(rounds):
        log.append(f"-- round {r}")
        go.set()
        got = [await acks.get() for _ in range(n)]
        go.clear()
        log.append(f"acks {got}")
        await asyncio.sleep(0)


async def main():
    go, acks = asyncio.Event(), asyncio.Queue()
    names = ["w1", "w2", "w3"]
    await asyncio.gather(coordinator(go, acks, 3, 3), *(worker(n, go, acks, 3) for n in names))
    print("\n".join(log))


asyncio.run(main())
