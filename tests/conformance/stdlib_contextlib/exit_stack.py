import sys
from contextlib import ExitStack, contextmanager, redirect_stdout


@contextmanager
def res(name, fail=False):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback", 1, sep="-")
    print(names)


def suppressor(exc_type, exc, tb):
    print("saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise RuntimeError("hidden")
print("suppressed by push")

stack = ExitStack()
stack.enter_context(res("kept"))
moved = stack.pop_all()
stack.close()
print("closing moved")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out):
    print("captured line")
print("captured:", out.parts)
print(sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
