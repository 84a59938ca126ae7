# The forms of coroutine.throw(): class, instance, (class, value), (class, tuple), errors.
class Suspend:
    def __await__(self):
        yield "s"


async def catcher():
    while True:
        try:
            await Suspend()
        except Exception as e:
            print("caught", type(e).__name__, e.args)


c = catcher()
c.send(None)
c.throw(ValueError)
c.throw(ValueError("inst"))
c.throw(ValueError, "text")
c.throw(ValueError, (1, 2))
c.throw(KeyError, None)
c.throw(LookupError, KeyError("sub instance"))
for bad in [(), (1,), ("str",), (ValueError, 1, 2, 3)]:
    try:
        c.throw(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.throw(ValueError("x"), "value")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
print("closed", c.cr_frame)


# A bad throw() into a coroutine or generator not suspended in a delegate: the caller gets it.
async def idle():
    pass


c = idle()
try:
    c.throw(1)
except TypeError as e:
    print("caller", e)
c.close()


def gen():
    yield 1


x = gen()
next(x)
try:
    x.throw(5)
except TypeError as e:
    print("caller", e)
print(next(x, "still usable"))
