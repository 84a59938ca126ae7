# A failing task awaited inside try/except keeps working; traceback frames are not printed to stdout.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def main():
    for text in ["12", "x", "7", ""]:
        try:
            print("parsed", await asyncio.create_task(parse(text)))
        except ValueError as e:
            print(type(e).__name__, e)


asyncio.run(main())
