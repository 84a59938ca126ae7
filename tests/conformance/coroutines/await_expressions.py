# `await` in every kind of expression position.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def val(x):
    return x


async def main():
    a = await val(1) + await val(2)
    b = [await val(i) for i in range(3)]
    c = f"{await val('f')}-{await val(3) * 2}"
    d = (await val(5)) if await val(True) else None
    e = {"k": await val("v"), await val("k2"): 2}
    f = await val(await val(await val("nested")))
    g = -await val(4)
    h = not await val(False)
    i = await val([1, 2, 3])
    j = (await val(i))[1]
    k = await val(lambda: 9)
    l = [x for x in range(await val(3))]
    m = await val(10) if False else await val(11)
    n = 0
    n += await val(7)
    o = await val(1) < await val(2) < await val(3)
    p = await val(0) or await val("fallback")
    q = print(await val("printed"))
    return a, b, c, d, e, f, g, h, j, k(), l, m, n, o, p, q


for part in run(main()):
    print(part)


async def attr_and_call():
    class Obj:
        async def method(self, x):
            return x * 2

        def __init__(self):
            self.value = 5

    obj = await val(Obj())
    r1 = await obj.method(await val(obj.value))
    r2 = (await val(obj)).value
    await val(None)
    return r1, r2


print(run(attr_and_call()))


async def while_await():
    count = 0
    while await val(count < 3):
        count += 1
    assert await val(True), "never"
    try:
        assert await val(False), await val("assert message")
    except AssertionError as e:
        return count, str(e)


print(run(while_await()))
