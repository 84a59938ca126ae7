# Exceptions inside coroutines: context chaining across awaits, re-raise, except groups of awaits.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suspend:
    def __await__(self):
        yield "s"


async def fails(msg):
    await Suspend()
    raise ValueError(msg)


async def handler():
    try:
        await fails("first")
    except ValueError as e:
        try:
            await fails("second")
        except ValueError as e2:
            return repr(e2), repr(e2.__context__)


print(run(handler()))


async def reraise():
    try:
        await fails("x")
    except ValueError:
        await Suspend()
        raise


try:
    run(reraise())
except ValueError as e:
    print("reraised", e)


async def raise_from():
    try:
        await fails("inner")
    except ValueError as e:
        raise KeyError("outer") from e


try:
    run(raise_from())
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


async def finally_order(log):
    try:
        try:
            await fails("deep")
        finally:
            log.append("inner finally")
            await Suspend()
            log.append("after await in finally")
    except ValueError as e:
        log.append(f"handled {e}")
    else:
        log.append("no error")
    finally:
        log.append("outer finally")
    return log


print(run(finally_order([])))


async def loop_with_errors():
    results = []
    for i in range(4):
        try:
            if i % 2:
                await fails(str(i))
            results.append(i)
        except ValueError as e:
            results.append(f"err{e}")
            continue
        finally:
            results.append("f")
    return results


print(run(loop_with_errors()))


async def return_in_finally():
    try:
        await fails("lost")
    finally:
        return "finally wins"


print(run(return_in_finally()))
