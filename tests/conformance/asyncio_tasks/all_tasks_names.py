# all_tasks returns the not-done tasks of the loop (printed as sorted names).
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    asyncio.current_task().set_name("main")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ts = [asyncio.create_task(sleeper(d), name=n) for n, d in [("b", 0.02), ("a", 0.01), ("c", 0.03)]]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[1]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[2]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
