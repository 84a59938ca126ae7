# An exception stored in a finished task is raised when it is awaited later, the same object each time.
import asyncio


async def bad():
    raise ZeroDivisionError("division by zero in task")


async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("done:", t.done())
    errs = []
    for _ in range(2):
        try:
            await t
        except ZeroDivisionError as e:
            errs.append(e)
            print("await raised:", e)
    print("same object:", errs[0] is errs[1], errs[0] is t.exception())


asyncio.run(main())
