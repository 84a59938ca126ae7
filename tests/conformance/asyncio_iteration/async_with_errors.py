# async with on objects without the async protocol raises TypeError (message from CPython).
import asyncio


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadEnter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        return False


async def main():
    try:
        async with SyncOnly():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
