# Generators and coroutines together: generator-based awaitables, generators inside coroutines,
# coroutines created inside generators.
def run(coro):
    try:
        while True:
            got = coro.send(None)
            print("  driver got", got)
    except StopIteration as e:
        return e.value


def ticks(n):
    for i in range(n):
        yield f"tick {i}"
    return n


class Ticks:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        result = yield from ticks(self.n)
        return result * 10


async def main():
    r = await Ticks(2)
    squares = [x * x for x in range(4)]
    gen = (x + r for x in range(2))
    return r, squares, list(gen)


print(run(main()))


def make_coroutines():
    async def co(i):
        return i * i
    for i in range(3):
        yield co(i)


print([run(c) for c in make_coroutines()])


async def inner():
    await Ticks(1)
    return "inner"


class AwaitsCoroutine:
    def __await__(self):
        value = yield from inner().__await__()
        return value + "!"


async def outer():
    return await AwaitsCoroutine()


print(run(outer()))


async def uses_generator_in_loop():
    total = 0
    for v in ticks(3):
        total += len(v)
        await Ticks(0)
    return total


print(run(uses_generator_in_loop()))
