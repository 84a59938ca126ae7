# Without return_exceptions the first exception propagates; the other awaitables keep running.
import asyncio


async def worker(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(name, "raising")
        raise RuntimeError(f"{name} failed")
    print(name, "finished")
    return name


async def main():
    try:
        await asyncio.gather(worker("a", 0.05), worker("b", 0.01, fail=True), worker("c", 0.03))
    except RuntimeError as e:
        print("gather raised:", e)
    print("waiting for the others")
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
