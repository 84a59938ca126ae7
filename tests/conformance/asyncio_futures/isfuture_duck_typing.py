# asyncio.isfuture duck-typing: objects with _asyncio_future_blocking are futures to asyncio.
import asyncio


class NotAFuture:
    pass


class LooksLikeFuture:
    _asyncio_future_blocking = False

    def __init__(self):
        pass


async def main():
    print(asyncio.isfuture(NotAFuture()))
    print(asyncio.isfuture(LooksLikeFuture()))
    print(asyncio.isfuture(LooksLikeFuture))
    print(asyncio.isfuture(asyncio.get_running_loop().create_future()))


asyncio.run(main())
