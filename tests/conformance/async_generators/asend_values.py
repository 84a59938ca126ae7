# asend(v): the value of the `yield` expression inside; asend(None) on first use.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo received", received)


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.asend("late")
    except StopAsyncIteration:
        print("StopAsyncIteration after close")


run(main())


async def first():
    yield 1


async def bad_start():
    g = first()
    try:
        await g.asend("x")
    except TypeError as e:
        print(type(e).__name__, e)


run(bad_start())

# The asend awaitable driven by hand with send().
g = echo()
aw = g.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
aw = g.asend("hello")
try:
    aw.send(None)
except StopIteration as e:
    print("second", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
aw = g.asend("ignored")
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
closer = g.aclose()
try:
    closer.send(None)
except StopIteration:
    print("closed")
