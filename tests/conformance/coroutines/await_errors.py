# The errors of `await` and of reusing coroutines, with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


for bad in [3, "text", None, [1]]:
    try:
        run(await_it(bad))
    except TypeError as e:
        print(type(e).__name__, e)


class NonIterator:
    def __await__(self):
        return 5


class ReturnsCoroutine:
    def __await__(self):
        return await_it(1)


class ReturnsList:
    def __await__(self):
        return [1, 2]


for obj in [NonIterator(), ReturnsList()]:
    try:
        run(await_it(obj))
    except TypeError as e:
        print(type(e).__name__, e)

c = await_it(ReturnsCoroutine())
try:
    run(c)
except TypeError as e:
    print(type(e).__name__, e)


async def value():
    return 7


done = value()
print(run(done))
try:
    run(await_it(done))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    done.throw(ValueError)
except RuntimeError as e:
    print(type(e).__name__, e)


class Suspend:
    def __await__(self):
        yield


async def waiter():
    await Suspend()
    return "w"


shared = waiter()


async def first():
    return await shared


async def second():
    return await shared


a = first()
a.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(run(a))

c = value()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()


async def running():
    try:
        me.send(None)
    except ValueError as e:
        print(type(e).__name__, e)
    return "ok"


me = running()
print(run(me))


async def raises_stop():
    raise StopIteration("inside")


try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


async def awaits_stop():
    await raises_stop()


try:
    run(awaits_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
