# Runners wait on an Event; one set() wakes them all at once.
import asyncio

async def runner(name, start):
    print(f"{name} is ready")
    await start.wait()
    print(f"{name} runs")

async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(f"runner {i}", start)) for i in range(3)]
    await asyncio.sleep(0.5)
    print("ready, set, go!")
    start.set()
    await asyncio.gather(*runners)

asyncio.run(main())
