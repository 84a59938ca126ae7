# A traffic light cycles while cars arrive at fixed absolute instants; cars wait for green via an Event.
import asyncio

log = []
CYCLE = [("green", 0.1), ("yellow", 0.04), ("red", 0.1)]


async def light(green, stop):
    loop = asyncio.get_running_loop()
    start = loop.time()
    elapsed = 0.0
    while not stop.is_set():
        for color, duration in CYCLE:
            log.append(f"light {color}")
            if color == "green":
                green.set()
            else:
                green.clear()
            elapsed += duration
            await asyncio.sleep(start + elapsed - loop.time())
            if stop.is_set():
                return


async def car(name, arrive_at, green, start):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(start + arrive_at - loop.time())
    log.append(f"{name} arrives")
    await green.wait()
    log.append(f"{name} passes")


async def main():
    green, stop = asyncio.Event(), asyncio.Event()
    start = asyncio.get_running_loop().time()
    lt = asyncio.create_task(light(green, stop))
    arrivals = [("car1", 0.05), ("car2", 0.12), ("car3", 0.17), ("car4", 0.3)]
    await asyncio.gather(*(car(n, t, green, start) for n, t in arrivals))
    stop.set()
    await lt
    print("\n".join(log))


asyncio.run(main())
