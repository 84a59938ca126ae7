# Tutorial classic: three concurrent counters print "One" three times, then "Two" three times.
import asyncio


async def count():
    print("One")
    await asyncio.sleep(0.1)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


asyncio.run(main())
print("executed in about", round(0.1 * 3 / 3, 1), "seconds of sleeping")
