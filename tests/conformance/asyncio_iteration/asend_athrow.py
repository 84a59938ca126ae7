# asend sends values into an async generator; athrow raises inside it at the yield.
import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("generator caught", e)
            total = 0
            continue
        if value is None:
            break
        await asyncio.sleep(0)
        total += value


async def main():
    gen = accumulator()
    print(await gen.asend(None))
    print(await gen.asend(5))
    print(await gen.asend(10))
    print(await gen.athrow(ValueError("reset")))
    print(await gen.asend(3))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("finished")
    try:
        await gen.asend(1)
    except StopAsyncIteration:
        print("still finished")


asyncio.run(main())
