# `async for` over objects with __aiter__/__anext__, with else, break and continue.
def run(coro):
    try:
        while True:
            got = coro.send(None)
            if got is not None:
                print("  driver got", got)
    except StopIteration as e:
        return e.value


class Suspend:
    def __init__(self, tag=None):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Counter:
    def __init__(self, n, noisy=False):
        self.n = n
        self.i = 0
        self.noisy = noisy

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.noisy:
            await Suspend(f"fetch {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def collect(it):
    out = []
    async for x in it:
        out.append(x)
    else:
        out.append("else")
    return out


print(run(collect(Counter(3))))
print(run(collect(Counter(2, noisy=True))))
print(run(collect(Counter(0))))


async def control():
    out = []
    async for x in Counter(10):
        if x % 2:
            continue
        if x > 6:
            break
        out.append(x)
    else:
        out.append("not reached")
    return out


print(run(control()))


async def nested_loops():
    pairs = []
    async for a in Counter(3):
        async for b in Counter(a):
            pairs.append((a, b))
    return pairs


print(run(nested_loops()))


async def returns_from_loop():
    async for x in Counter(5):
        if x == 3:
            return x * 100


print(run(returns_from_loop()))


class AwaitableNext:
    # __anext__ returning an awaitable that is not a coroutine.
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        return Value(self.left)


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield f"value {self.v}"
        return self.v


print(run(collect(AwaitableNext())))


async def unpacking():
    out = []
    async for a, b in Pairs():
        out.append(a * b)
    return out


class Pairs:
    def __aiter__(self):
        self.items = [(1, 2), (3, 4)]
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(unpacking()))


async def stop_with_exception_inside():
    try:
        async for x in Counter(2):
            raise StopAsyncIteration("from body")
    except StopAsyncIteration as e:
        return f"body raised {e}"


print(run(stop_with_exception_inside()))
