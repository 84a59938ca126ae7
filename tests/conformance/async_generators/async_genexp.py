# Async generator expressions, and async generators in comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def numbers(n):
    for i in range(n):
        yield i


async def double(x):
    return 2 * x


async def main():
    ge = (x * 10 async for x in numbers(4))
    print(type(ge).__name__)
    print([v async for v in ge])
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__, [v async for v in ge2])
    ge3 = (x async for x in numbers(10) if x % 4 == 1)
    print([v async for v in ge3])
    print({x: y async for x in numbers(2) async for y in numbers(x + 1)})
    print(sorted({x % 3 async for x in numbers(7)}))


run(main())


def sync_maker():
    # An async genexp may be created in a plain function: it is only iterated later.
    return (x + 1 async for x in numbers(3))


async def consume():
    return [v async for v in sync_maker()]


print(run(consume()))
