# `async for` TypeErrors, with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def loop(obj):
    async for x in obj:
        print(x)


class NoANext:
    def __aiter__(self):
        return 42


class SyncIter:
    def __iter__(self):
        return iter([1])


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class RaisesInANext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("next failed")


class AiterRaises:
    def __aiter__(self):
        raise ValueError("no iterator")


for obj in [[1, 2], 5, SyncIter(), NoANext(), BadANext(), RaisesInANext(), AiterRaises()]:
    try:
        run(loop(obj))
    except Exception as e:
        print(type(e).__name__, e)
