# try/except/finally around yields inside loops of an async generator, driven by async for.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def risky(items):
    for item in items:
        try:
            if item == "bad":
                raise ValueError(item)
            yield item
        except ValueError as e:
            yield f"recovered from {e}"
        finally:
            print("finished", item)


async def main():
    return [x async for x in risky(["a", "bad", "c"])]


print(run(main()))


async def inner():
    yield 1
    yield 2


async def chain():
    async for x in inner():
        yield x
    async for x in inner():
        yield x * 10


async def main2():
    out = []
    async for v in chain():
        out.append(v)
    return out


print(run(main2()))
