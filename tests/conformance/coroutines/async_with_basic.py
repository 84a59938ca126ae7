# `async with`: __aenter__/__aexit__ awaited; exceptions passed to __aexit__; suppression.
def run(coro):
    try:
        while True:
            print("  driver got", coro.send(None))
    except StopIteration as e:
        return e.value


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Suspend(f"entering {self.name}")
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        await Suspend(f"exiting {self.name}")
        return self.suppress


async def simple():
    async with Manager("a") as value:
        print("body", value)
    return "simple done"


print(run(simple()))


async def raising():
    async with Manager("b"):
        raise KeyError("boom")


try:
    run(raising())
except KeyError as e:
    print("propagated", repr(e))


async def suppressed():
    async with Manager("c", suppress=True):
        raise ValueError("hidden")
    return "after suppressed"


print(run(suppressed()))


async def nested():
    async with Manager("outer") as o, Manager("inner") as i:
        print("both", o, i)
    async with Manager("x"):
        async with Manager("y", suppress=True):
            1 / 0
        print("continues")


run(nested())


async def returns_inside():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                return i
            if i == 0:
                continue
    return -1


print(run(returns_inside()))


async def breaks_inside():
    while True:
        async with Manager("brk") as v:
            break
    return v


print(run(breaks_inside()))


class SyncEnterCoroutine:
    def __aenter__(self):
        return Suspend("plain awaitable from __aenter__")

    def __aexit__(self, *args):
        return Suspend("plain awaitable from __aexit__")


async def non_async_methods():
    async with SyncEnterCoroutine() as v:
        print("target is", v)


run(non_async_methods())


class Tuple2:
    async def __aenter__(self):
        return (1, 2)

    async def __aexit__(self, *a):
        return None


async def unpack_target():
    async with Tuple2() as (a, b):
        return a + b


print(run(unpack_target()))
