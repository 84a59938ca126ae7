# athrow() and aclose(): exceptions at the suspended yield, finally blocks, CPython's results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def guarded(log):
    try:
        yield 1
        yield 2
    except ValueError as e:
        log.append(f"caught {e}")
        yield "recovered"
    finally:
        log.append("finally")


async def main():
    log = []
    g = guarded(log)
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("ended", log)

    log = []
    g = guarded(log)
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e), log)

    log = []
    g = guarded(log)
    await g.__anext__()
    print(await g.aclose(), log)
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    g = guarded([])
    print(await g.aclose(), "unstarted aclose")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("unstarted then exhausted")

    g = guarded([])
    try:
        await g.athrow(ValueError("before start"))
    except ValueError as e:
        print("athrow before start:", e)

    log = []
    g = guarded(log)
    await g.__anext__()
    await g.__anext__()
    try:
        await g.athrow(ValueError("at second"))
    except StopAsyncIteration:
        print("athrow ended it", log)

    g = guarded([])
    await g.__anext__()
    print(await g.athrow(ValueError, ValueError("two args")))


run(main())


async def ignores_exit():
    while True:
        try:
            yield "again"
        except GeneratorExit:
            print("ignoring")


async def stubborn():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)


run(stubborn())


async def raises_in_finally():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")


async def bad_cleanup():
    g = raises_in_finally()
    await g.__anext__()
    try:
        await g.aclose()
    except OSError as e:
        print(type(e).__name__, e)


run(bad_cleanup())


class Future:
    def __await__(self):
        yield "cleanup-wait"


async def awaits_in_finally():
    try:
        yield 1
    finally:
        await Future()
        print("async cleanup done")


async def closes_with_await():
    g = awaits_in_finally()
    await g.__anext__()
    await g.aclose()
    return "closed"


c = closes_with_await()
print("driver got", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
