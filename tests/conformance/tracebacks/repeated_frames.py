# Recursion: a frame repeated more than three times is counted, not shown again; asserts and
# decorators point where CPython points.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def countdown(n):
    if n == 0:
        return [][0]
    return countdown(n - 1)


def check(x):
    assert x > 0 and x < 10, "out of range"


def decorate():
    def broken(f):
        return f.missing

    @broken
    def task():
        pass


show(countdown, 10)
show(countdown, 4)
show(check, 12)
show(decorate)
