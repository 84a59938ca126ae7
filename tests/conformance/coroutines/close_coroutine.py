# close(): GeneratorExit at the suspension point; finally blocks run; ignoring it is an error.
class Suspend:
    def __await__(self):
        yield "s"


async def with_finally(log):
    try:
        await Suspend()
        await Suspend()
    finally:
        log.append("cleanup")


log = []
c = with_finally(log)
c.send(None)
print(c.close(), log)
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def ignores():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            print("ignoring GeneratorExit")


c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)


async def raises_other():
    try:
        await Suspend()
    except GeneratorExit:
        raise ValueError("during close")


c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print(type(e).__name__, e)


async def returns_on_exit():
    try:
        await Suspend()
    except GeneratorExit:
        return "value ignored"


c = returns_on_exit()
c.send(None)
print(c.close())

# Closing a chain: the innermost finally first.
async def inner(log):
    try:
        await Suspend()
    finally:
        log.append("inner")


async def outer(log):
    try:
        await inner(log)
    finally:
        log.append("outer")


log = []
c = outer(log)
c.send(None)
c.close()
print(log)

# Unstarted: close() just finishes it (no warning).
c = outer([])
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# A started coroutine dropped: it is closed, its finally runs.
log = []
c = with_finally(log)
c.send(None)
del c
print("after del", log)
