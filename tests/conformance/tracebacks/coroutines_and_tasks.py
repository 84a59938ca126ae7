# Tracebacks through coroutines and tasks, caught inside the program (so that only its own
# frames are shown).
import asyncio
import traceback


class Capture:
    parts = []

    def write(self, text):
        self.parts.append(text)


async def fetch(n):
    await asyncio.sleep(0.01)
    return {"id": n}["name"]


async def worker(n):
    data = await fetch(n)
    return data


async def divide_later(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    try:
        await worker(1)
    except KeyError:
        print(traceback.format_exc().replace(__file__, "FILE"))
    task = asyncio.create_task(divide_later(1, 0))
    try:
        await task
    except ZeroDivisionError:
        traceback.print_exc(file=Capture())
        print("".join(Capture.parts).replace(__file__, "FILE"))
    results = await asyncio.gather(worker(2), divide_later(4, 2), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("".join(traceback.format_exception(r)).replace(__file__, "FILE"))
        else:
            print(r)


asyncio.run(main())
