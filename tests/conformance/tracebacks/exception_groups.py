# Exception groups print in boxes: each member numbered and indented with its own traceback,
# nested groups inside, more than 15 members summarised; TaskGroup failures are groups too.
import asyncio
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except BaseException:
        print(traceback.format_exc().replace(__file__, "FILE"))


def fail(kind, text):
    raise kind(text)


def collect(*jobs):
    errors = []
    for kind, text in jobs:
        try:
            fail(kind, text)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("jobs failed", errors)


def nested():
    try:
        collect((ValueError, "a"), (KeyError, "b"))
    except ExceptionGroup as inner:
        raise ExceptionGroup("outer", [inner, TypeError("plain")])


def wide():
    raise ExceptionGroup("wide", [IndexError(i) for i in range(17)])


async def worker(n):
    await asyncio.sleep(0)
    raise RuntimeError(f"worker {n} failed")


async def run_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1))
            tg.create_task(worker(2))
    except* RuntimeError as group:
        for e in group.exceptions:
            print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))


show(collect, (ValueError, "x"), (ZeroDivisionError, "y"))
show(nested)
show(wide)
asyncio.run(run_group())
