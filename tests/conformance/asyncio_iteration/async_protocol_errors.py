# Broken async iteration protocols: messages for bad __aiter__/__anext__ results and missing __aexit__.
import asyncio


class AiterReturnsInt:
    def __aiter__(self):
        return 5


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class OnlyAenter:
    async def __aenter__(self):
        return self


async def main():
    for obj in [AiterReturnsInt(), AnextReturnsInt()]:
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        async with OnlyAenter():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
