# Tutorial-style: an async iterator of sensor readings consumed with async for and an average.
import asyncio
import random

random.seed(1)


class Sensor:
    def __init__(self, name, samples):
        self.name = name
        self.samples = samples

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i == self.samples:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return round(random.uniform(18.0, 25.0), 1)


async def main():
    readings = [r async for r in Sensor("temp", 6)]
    print(readings)
    print("average", round(sum(readings) / len(readings), 2))


asyncio.run(main())
