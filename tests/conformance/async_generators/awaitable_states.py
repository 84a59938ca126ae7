# The asend/athrow awaitables' state machines, driven by hand.
class Pause:
    def __await__(self):
        yield "pause"


async def gen():
    try:
        await Pause()
        yield "one"
        await Pause()
        yield "two"
    finally:
        print("gen finally")


def step(aw, how="send", *args):
    if how == "send" and not args:
        args = (None,)
    try:
        r = getattr(aw, how)(*args)
        print(how, "->", r)
    except StopIteration as e:
        print(how, "-> StopIteration", e.value)
    except BaseException as e:
        print(how, "->", type(e).__name__, e)


g = gen()
a = g.__anext__()
step(a)
step(a)
step(a)
b = g.asend(None)
step(b)
step(b, "throw", KeyError("into asend"))
step(b)
c = g.__anext__()
step(c)
step(g.aclose())

print("-- athrow on a finished generator")
t = g.athrow(ValueError)
step(t)
step(t)

print("-- aclose while another awaitable is running")
g = gen()
a = g.__anext__()
step(a)
step(g.aclose())
step(g.athrow(ValueError))
step(a)
step(g.aclose())

print("-- throw into an athrow awaitable")
g = gen()
a = g.__anext__()
step(a)
step(a)
t = g.athrow(ValueError("v"))
step(t, "throw", KeyError("k"))
step(t)

print("-- athrow awaiting inside the generator")


async def recovering():
    while True:
        try:
            yield "value"
        except ValueError:
            await Pause()
            print("recovered")


g = recovering()
a = g.__anext__()
step(a)
t = g.athrow(ValueError)
step(t)
step(t)
step(g.aclose())

print("-- send a value to a fresh athrow")
g = recovering()
a = g.__anext__()
step(a)
t = g.athrow(ValueError)
step(t, "send", 5)
step(a, "send")
step(g.__anext__(), "send", 1, 2)
t.close()
step(t)
step(g.aclose())
