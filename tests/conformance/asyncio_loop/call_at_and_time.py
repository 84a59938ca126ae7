# call_at uses absolute loop.time(); differences of loop.time() rounded to 1 decimal.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    marks = []
    done = loop.create_future()
    loop.call_at(start + 0.2, lambda: marks.append(("second", round(loop.time() - start, 1))))
    loop.call_at(start + 0.1, lambda: marks.append(("first", round(loop.time() - start, 1))))
    loop.call_at(start + 0.3, done.set_result, "finished")
    print(await done)
    print(marks)
    print("time is float:", type(loop.time()).__name__)


asyncio.run(main())
