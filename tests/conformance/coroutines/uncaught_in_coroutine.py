# An exception escaping a driven coroutine: traceback on stderr, exit status 1.
class Suspend:
    def __await__(self):
        yield


async def inner():
    await Suspend()
    raise ValueError("inner failed")


async def outer():
    await inner()


c = outer()
c.send(None)
print("suspended once")
c.send(None)
