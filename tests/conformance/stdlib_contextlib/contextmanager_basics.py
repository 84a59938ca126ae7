from contextlib import contextmanager, suppress, nullcontext, closing


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("h1") as t:
    print("inside", t)


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("boom")
print("after swallow")

try:
    with tag("div"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(21))
print(work(1))
print(work.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with nullcontext(5) as v:
    print("nullcontext", v)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)


@contextmanager
def timer_like(label):
    log = []
    yield log
    log.append("done")
    print(label, log)


with timer_like("steps") as log:
    log.append("a")
    log.append("b")
