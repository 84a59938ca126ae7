# throw() into a suspended coroutine chain: the exception appears at the innermost await.
class Suspend:
    def __await__(self):
        yield "suspended"


class Cancelled(Exception):
    pass


async def leaf(log):
    try:
        await Suspend()
        log.append("leaf resumed")
    except Cancelled as e:
        log.append(f"leaf caught {e}")
        raise
    finally:
        log.append("leaf finally")


async def middle(log):
    try:
        return await leaf(log)
    finally:
        log.append("middle finally")


async def top(log):
    try:
        await middle(log)
    except Cancelled:
        log.append("top swallowed")
        return "cancelled"
    return "normal"


log = []
c = top(log)
print(c.send(None))
try:
    c.throw(Cancelled("stop"))
except StopIteration as e:
    print("result:", e.value)
print(log)

# throw with a class, and the 3-argument form.
for args in [(Cancelled,), (Cancelled, Cancelled("three")), (Cancelled, "text", None)]:
    log = []
    c = top(log)
    c.send(None)
    try:
        c.throw(*args)
    except StopIteration as e:
        print(e.value, log)


# A coroutine that catches and awaits again: throw() returns the next yielded value.
async def resilient():
    count = 0
    while True:
        try:
            await Suspend()
        except Cancelled:
            count += 1
            if count == 3:
                return count


c = resilient()
print(c.send(None))
print(c.throw(Cancelled))
print(c.throw(Cancelled))
try:
    c.throw(Cancelled)
except StopIteration as e:
    print("stopped after", e.value)


# Uncaught: the exception comes out of throw().
async def plain():
    await Suspend()


c = plain()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw into a never-started coroutine: it finishes with the exception.
c = plain()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("early:", e)


# A delegate iterator without throw(): the exception is raised at the await.
class NoThrow:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n


class UsesNoThrow:
    def __await__(self):
        return NoThrow()


async def await_no_throw():
    try:
        return await UsesNoThrow()
    except Cancelled:
        return "caught at await"


c = await_no_throw()
print(c.send(None))
try:
    c.throw(Cancelled)
except StopIteration as e:
    print(e.value)


# A delegate iterator with throw(): it decides.
class WithThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, *args):
        print("delegate throw got", [type(a).__name__ for a in args])
        raise StopIteration("from throw")


class UsesWithThrow:
    def __await__(self):
        return WithThrow()


async def await_with_throw():
    return await UsesWithThrow()


c = await_with_throw()
print(c.send(None))
try:
    c.throw(Cancelled("x"))
except StopIteration as e:
    print(e.value)
