# loop.time() never decreases and advances by roughly the slept amount.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    times = [loop.time()]
    for d in [0.1, 0.2, 0, 0.1]:
        await asyncio.sleep(d)
        times.append(loop.time())
    print(all(b >= a for a, b in zip(times, times[1:])))
    print([round(b - a, 1) for a, b in zip(times, times[1:])])
    print(round(times[-1] - times[0], 1))


asyncio.run(main())
