# An awaitable that yields something other than a Future makes the task fail with RuntimeError.
import asyncio


class Weird:
    def __await__(self):
        yield 5
        return "never"


class Bare:
    def __await__(self):
        yield
        return "bare yield resumes"


async def use(aw):
    return await aw


async def main():
    try:
        await asyncio.create_task(use(Weird()))
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await asyncio.create_task(use(Bare())))


asyncio.run(main())
