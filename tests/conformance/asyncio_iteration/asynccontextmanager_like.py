# A hand-written async context manager built on an async generator (no contextlib).
import asyncio


class from_agen:
    def __init__(self, agen):
        self.agen = agen

    async def __aenter__(self):
        return await anext(self.agen)

    async def __aexit__(self, et, e, tb):
        if et is None:
            try:
                await anext(self.agen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.agen.athrow(e)
        except StopAsyncIteration:
            return True
        except BaseException as inner:
            if inner is e:
                return False
            raise
        return False


async def managed(name):
    print("acquire", name)
    try:
        yield name
    except ZeroDivisionError:
        print("handled inside generator")
    finally:
        print("release", name)


async def main():
    async with from_agen(managed("db")) as r:
        print("using", r)
    async with from_agen(managed("file")):
        1 / 0
    print("division error suppressed")
    try:
        async with from_agen(managed("net")):
            raise OSError("unreachable")
    except OSError as e:
        print("propagated", e)


asyncio.run(main())
