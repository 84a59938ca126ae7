# `return` in an async generator ends it; try/finally around yields; break out of async for.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def upto(limit):
    i = 0
    while True:
        if i >= limit:
            return
        yield i
        i += 1


async def main():
    print([x async for x in upto(3)])
    g = upto(5)
    async for x in g:
        if x == 2:
            break
    print("after break", await g.__anext__())
    await g.aclose()
    print([x async for x in g])


run(main())


async def with_cleanup(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleaned")


async def partial():
    log = []
    g = with_cleanup(log)
    async for x in g:
        if x == 1:
            break
    print("before aclose", log)
    await g.aclose()
    print("after aclose", log)


run(partial())


async def agen_method_owner():
    class Source:
        def __init__(self, items):
            self.items = items

        async def stream(self):
            for it in self.items:
                yield it

    s = Source("abc")
    print(Source.stream.__qualname__)
    return [c async for c in s.stream()]


print(run(agen_method_owner()))
