# Barrier(3): all parties block until the third arrives; wait() returns distinct indices 0..2.
import asyncio


async def party(name, barrier, delay, log):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives, waiting={barrier.n_waiting}")
    idx = await barrier.wait()
    log.append(f"{name} passes with index {idx}")


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    log = []
    await asyncio.gather(party("a", barrier, 0.01, log), party("b", barrier, 0.03, log), party("c", barrier, 0.02, log))
    print("\n".join(log))
    print("n_waiting after:", barrier.n_waiting)


asyncio.run(main())
