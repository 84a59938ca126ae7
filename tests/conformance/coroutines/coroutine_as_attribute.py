# Coroutine functions as methods, class attributes, decorated, stored in containers.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def trace(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = await fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper


@trace
async def add(a, b=1):
    return a + b


print(run(add(2)))
print(run(add(2, b=5)))


class Service:
    prefix = "svc"

    async def fetch(self, key):
        return f"{self.prefix}:{key}"

    @classmethod
    async def create(cls):
        return cls()

    async def __call__(self, x):
        return x * 3


async def main():
    s = await Service.create()
    handlers = {"fetch": s.fetch, "call": s}
    r = [await handlers["fetch"]("a"), await handlers["call"](4)]
    coros = [s.fetch(i) for i in range(3)]
    for c in coros:
        r.append(await c)
    return r


print(run(main()))


async def recursive(n):
    if n <= 1:
        return 1
    return n * await recursive(n - 1)


print(run(recursive(10)))


async def kw_only(*, a, b=2):
    return a - b


print(run(kw_only(a=10)))
try:
    kw_only(1)
except TypeError as e:
    print(type(e).__name__, e)
