# Timeout reprs through its life cycle (only states without a concrete deadline are printed).
import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    cm3 = asyncio.timeout(0.3)
    async with cm3:
        cm3.reschedule(None)
        print(repr(cm3))


asyncio.run(main())
