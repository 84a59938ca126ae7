import sys
import traceback

sys.stderr = sys.stdout


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")

try:
    raise KeyError("missing")
except KeyError as e:
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"), end="")

print(repr(traceback.format_exc()))

try:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    out = []

    class Sink:
        def write(self, s):
            out.append(s)

    traceback.print_exc(file=Sink())
    print("".join(out).replace(__file__, "FILE"), end="")
