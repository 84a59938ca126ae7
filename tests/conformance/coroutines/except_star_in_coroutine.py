# except* (PEP 654) inside and around coroutines; ExceptionGroup comes with asyncio here.
import asyncio
def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return repr(e)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("V", show(e))
except* TypeError as e:
    print("T", show(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", show(e))
except ExceptionGroup as rest:
    print("rest", show(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", show(e))

try:
    try:
        raise KeyError("naked2")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked unhandled", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise
except BaseException as e:
    print("combined", show(e))

try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise KeyError("replaced")
except BaseException as e:
    print("naked replaced", show(e), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else "")

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
for bad in [ExceptionGroup, (ValueError, ExceptionGroup), int]:
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    try:
        raise ExceptionGroup("g", [OSError("a"), OSError("b")])
    except* OSError as e:
        for x in e.exceptions:
            if str(x) == "a":
                continue
            print("loop", x)
f()


class Suspend:
    def __await__(self):
        yield


async def child(exc):
    await Suspend()
    raise exc


async def collect_errors():
    errors = []
    for exc in [ValueError("a"), KeyError("b")]:
        try:
            await child(exc)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("children", errors)
    except* KeyError as e:
        await Suspend()
        print("async handler", show(e))
    except* ValueError as e:
        print("value part", show(e))
        raise


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


try:
    run(collect_errors())
except ExceptionGroup as e:
    print("escaped", show(e))
