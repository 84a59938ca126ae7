# Exceptions raised while handling others keep __context__/__cause__ across awaits.
import asyncio


async def lowest():
    await asyncio.sleep(0)
    raise KeyError("k")


async def middle():
    try:
        await lowest()
    except KeyError as e:
        raise ValueError("wrapped") from e


async def top():
    try:
        await middle()
    except ValueError as e:
        await asyncio.sleep(0)
        raise RuntimeError("top level")


async def main():
    try:
        await top()
    except RuntimeError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__cause__ or cur.__context__
        print(" <- ".join(chain))
        print("suppress:", e.__suppress_context__, e.__context__.__suppress_context__)


asyncio.run(main())
