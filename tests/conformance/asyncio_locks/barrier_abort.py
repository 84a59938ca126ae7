# Barrier.abort breaks the barrier: waiters and later callers get BrokenBarrierError; reset repairs it.
import asyncio


async def waiter(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, type(e).__name__, repr(str(e)))


async def main():
    barrier = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter("w1", barrier))
    t2 = asyncio.create_task(waiter("w2", barrier))
    await asyncio.sleep(0.01)
    print("n_waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(t1, t2)
    print("broken:", barrier.broken)
    await waiter("late", barrier)
    await barrier.reset()
    print("after reset broken:", barrier.broken)
    await asyncio.gather(*(waiter(f"x{i}", barrier) for i in range(3)))


asyncio.run(main())
