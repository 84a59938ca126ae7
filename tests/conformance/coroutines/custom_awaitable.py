# Objects with __await__: the values they yield reach the driver; what it sends comes back.
class Ask:
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return answer


class Twice:
    def __await__(self):
        a = yield "first"
        b = yield "second"
        return a + b


async def conversation():
    name = await Ask("name?")
    age = await Ask("age?")
    total = await Twice()
    return f"{name} is {age}, total {total}"


coro = conversation()
print(coro.send(None))
print(coro.send("Ada"))
print(coro.send(36))
print(coro.send(10))
try:
    coro.send(5)
except StopIteration as e:
    print("done:", e.value)


class Delegating:
    def __await__(self):
        return (yield from Twice().__await__())


async def use_delegating():
    return await Delegating()


c = use_delegating()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("delegating:", e.value)


class IterAwait:
    # __await__ returning a plain iterator: its items are yielded.
    def __await__(self):
        return iter([1, 2, 3])


async def use_iter():
    r = await IterAwait()
    return r


c = use_iter()
out = []
try:
    while True:
        out.append(c.send(None))
except StopIteration as e:
    out.append(("result", e.value))
print(out)


async def simple():
    return 42


class WrapCoro:
    def __await__(self):
        return simple().__await__()


async def use_wrap():
    return await WrapCoro()


try:
    use_wrap().send(None)
except StopIteration as e:
    print("wrapped:", e.value)
