# Cancelling a task waiting on a Barrier decrements n_waiting; the barrier stays usable.
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after cancel waiting:", barrier.n_waiting, "broken:", barrier.broken)
    r = await asyncio.gather(barrier.wait(), barrier.wait())
    print("indices:", sorted(r))


asyncio.run(main())
