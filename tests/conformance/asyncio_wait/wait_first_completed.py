# FIRST_COMPLETED returns as soon as one finishes; the rest stay pending and keep running.
import asyncio


async def work(x, d):
    await asyncio.sleep(d)
    print("finished", x)
    return x


async def main():
    tasks = [asyncio.create_task(work(x, d), name=f"t{x}") for x, d in [(1, 0.05), (2, 0.01), (3, 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))


asyncio.run(main())
