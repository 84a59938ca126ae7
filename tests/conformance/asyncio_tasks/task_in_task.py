# Tasks creating tasks: a tree of workers that report in deterministic order.
import asyncio


async def node(name, depth):
    print("start", name)
    if depth == 0:
        await asyncio.sleep(0.01 + 0.02 * (3 - int(name[1:].replace("x", "0").replace("y", "1"), 2)))
        print("leaf", name)
        return 1
    kids = [asyncio.create_task(node(name + c, depth - 1)) for c in "xy"]
    total = 0
    for k in kids:
        total += await k
    print("node", name, total)
    return total


print(asyncio.run(node("r", 2)))
