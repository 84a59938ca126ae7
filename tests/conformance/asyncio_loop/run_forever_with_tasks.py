# run_forever drives tasks created beforehand; the last task stops the loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []


async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def stopper(tasks):
    await asyncio.gather(*tasks)
    log.append("stopping")
    loop.stop()


tasks = [loop.create_task(worker(n, k)) for n, k in [("x", 2), ("y", 3)]]
loop.create_task(stopper(tasks))
loop.run_forever()
print(log)
print(all(t.done() for t in tasks))
loop.close()
asyncio.set_event_loop(None)
