# wait(timeout=) does not raise: it returns whatever is done; pending tasks continue.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    tasks = [asyncio.create_task(work(x, d)) for x, d in [("a", 0.01), ("b", 0.2), ("c", 0.02)]]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.result() for t in done))
    print("pending:", len(pending), [t.done() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=0.3)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))


asyncio.run(main())
