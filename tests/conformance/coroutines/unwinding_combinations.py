# return / break / continue / exceptions leaving nested async with, async for, try/finally.
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


class CM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        await Suspend(f"aexit {self.name}")
        print("exit", self.name, typ.__name__ if typ else None)
        return False


class Nums:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(f"anext {self.i}")
        return self.i


async def return_from_deep():
    async with CM("a"):
        async for x in Nums(5):
            async with CM(f"b{x}"):
                try:
                    if x == 2:
                        return await Returner(x)
                finally:
                    print("finally", x)


class Returner:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "returner"
        return self.v * 100


print(run(return_from_deep()))


async def break_continue():
    out = []
    async for x in Nums(6):
        async with CM(f"c{x}"):
            if x == 1:
                continue
            if x == 3:
                break
            out.append(x)
    return out


print(run(break_continue()))


async def exception_through():
    try:
        async with CM("outer"):
            async for x in Nums(3):
                async with CM(f"in{x}"):
                    if x == 2:
                        raise LookupError("deep")
    except LookupError as e:
        return f"caught {e}"


print(run(exception_through()))


async def for_else_with():
    async for x in Nums(2):
        async with CM("loop"):
            pass
    else:
        async with CM("else"):
            return "else done"


print(run(for_else_with()))
