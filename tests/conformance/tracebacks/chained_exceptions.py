# Chained exceptions keep their markers in every part: "During handling ...", "The above
# exception was the direct cause ...", and `from None`.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def parse(text):
    try:
        return int(text) * 2
    except ValueError as e:
        raise RuntimeError(f"bad input {text!r}") from e


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1


def quiet(table):
    try:
        return table["x"]
    except KeyError:
        raise LookupError("no x") from None


show(parse, "abc")
show(lookup, {"a": 1}, "b")
show(quiet, {})
traceback.print_exception(RuntimeError("never raised"))
print("done")
