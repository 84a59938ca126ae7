# Event wait/set/clear/is_set; waiters are woken in the order they started waiting.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ["w1", "w2", "w3"]]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("cleared event blocks")


asyncio.run(main())
