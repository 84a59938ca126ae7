# Async comprehensions: `async for` and `await` inside list/set/dict comprehensions.
def run(coro):
    try:
        while True:
            got = coro.send(None)
            if got is not None:
                print("  driver got", got)
    except StopIteration as e:
        return e.value


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def double(x):
    await Suspend(f"doubling {x}")
    return x * 2


async def main():
    a = [x async for x in Counter(4)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in Counter(2)}
    d = {x % 2 async for x in Counter(5)}
    e = [x async for x in Counter(6) if x % 3 == 0]
    f = [(x, y) async for x in Counter(2) for y in range(x)]
    g = [[await double(y) for y in range(x)] for x in range(3)]
    h = [y for x in [Counter(2), Counter(3)] async for y in x]
    return a, b, c, sorted(d), e, f, g, h


for part in run(main()):
    print(part)


async def scope_check():
    x = "outer"
    r = [x async for x in Counter(2)]
    return x, r


print(run(scope_check()))


async def uses_closure(k):
    return [await double(k + i) for i in range(2)]


print(run(uses_closure(10)))


async def comp_error():
    try:
        return [await double(1 / x) for x in [1, 0]]
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e}"


print(run(comp_error()))


async def await_in_first_iterable():
    async def items():
        return [3, 1, 2]
    return sorted([x for x in await items()])


print(run(await_in_first_iterable()))
