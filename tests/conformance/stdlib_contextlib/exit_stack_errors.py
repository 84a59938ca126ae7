from contextlib import ExitStack, contextmanager, suppress


def failing_callback(label):
    raise ValueError(f"callback {label} failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback, "first")
        stack.callback(failing_callback, "second")
        raise KeyError("body")
except ValueError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("context of context:", repr(e.__context__.__context__))


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise RuntimeError("converted") from e


try:
    with converting():
        raise KeyError("k")
except RuntimeError as e:
    print(e, "from", repr(e.__cause__))


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration("sentinel")
except StopIteration as e:
    print("StopIteration passed through:", e)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    print("before")
    1 / 0
print("suppressed through the stack")

cm = converting()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
