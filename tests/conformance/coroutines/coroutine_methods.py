# The coroutine object's attributes and methods.
class Suspend:
    def __await__(self):
        yield "tick"


async def sample(n):
    await Suspend()
    return n


c = sample(1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_frame is not None, c.cr_await)
print(repr(c).startswith("<coroutine object sample at 0x"))
c.send(None)
print(c.cr_await is not None, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame, c.cr_await)


async def checks_running():
    return me.cr_running


me = checks_running()
try:
    me.send(None)
except StopIteration as e:
    print("running inside:", e.value)

# Not iterable, no next().
c = sample(2)
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)

# __await__(): a coroutine_wrapper iterating the same coroutine.
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.__next__()
except StopIteration as e:
    print("wrapper done", e.value)

c = sample(3)
w = c.__await__()
print(w.send(None))
try:
    w.throw(KeyError("via wrapper"))
except KeyError as e:
    print(type(e).__name__, e)
c = sample(4)
w = c.__await__()
w.send(None)
print(w.close(), c.cr_frame)

# Methods that don't exist on coroutines.
for name in ["__next__", "__iter__", "gi_frame"]:
    print(name, hasattr(sample(0).__await__(), "send"), hasattr(c, name))

# send() arguments.
c = sample(5)
try:
    c.send()
except TypeError as e:
    print(type(e).__name__)
c.close()


async def gen_like():
    return "x"


print(gen_like.__name__, gen_like.__qualname__)
c = gen_like()
c.close()
