# PEP 479 inside coroutines and awaitables.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Returns:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def uses_returns():
    a = await Returns(1)
    b = await Returns(None)
    c = await Returns((2, 3))
    return a, b, c


print(run(uses_returns()))


async def stop_inside():
    raise StopIteration(5)


try:
    run(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


class GenStops:
    def __await__(self):
        yield 1
        raise StopIteration


async def uses_gen_stops():
    return await GenStops()


try:
    run(uses_gen_stops())
except RuntimeError as e:
    print(type(e).__name__, e)


async def returns_exception_value():
    return StopIteration("as a value")


print(repr(run(returns_exception_value())))


async def returns_tuple():
    return (1,)


print(run(returns_tuple()))
