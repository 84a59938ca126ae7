# `async with` error messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 5


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("from aexit")


class EnterRaises:
    async def __aenter__(self):
        raise OSError("cannot enter")

    async def __aexit__(self, *a):
        print("never")


async def use(mgr, fail=False):
    async with mgr:
        if fail:
            raise ValueError("body")
        return "ok"


for mgr in [OnlyEnter(), SyncOnly(), 3, EnterNotAwaitable(), ExitNotAwaitable(), EnterRaises()]:
    try:
        print(run(use(mgr)))
    except Exception as e:
        print(type(e).__name__, e)

try:
    run(use(ExitRaises(), fail=True))
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

try:
    run(use(ExitNotAwaitable(), fail=True))
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
