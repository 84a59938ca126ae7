# An exception raised by __aexit__ replaces the body's exception and chains it as __context__.
import asyncio


class Faulty:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        raise RuntimeError(f"aexit failed while handling {et.__name__ if et else None}")


async def main():
    try:
        async with Faulty():
            raise ValueError("body error")
    except RuntimeError as e:
        print(e, "| context:", repr(e.__context__))
    try:
        async with Faulty():
            pass
    except RuntimeError as e:
        print(e, "| context:", repr(e.__context__))


asyncio.run(main())
