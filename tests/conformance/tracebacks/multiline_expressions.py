# An expression spread over several lines: the frame shows its first line, marked to the end of
# that line.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def divide(a, b, c):
    return a / b


def call_over_lines():
    result = divide(1,
                    0,
                    2)
    return result


def sum_over_lines():
    total = (1 +
             2 +
             "3")
    return total


def dict_literal():
    config = {
        "name": "demo",
        "size": int("big"),
    }
    return config


def raise_over_lines():
    raise ValueError(
        "a message on its own line"
    )


show(call_over_lines)
show(sum_over_lines)
show(dict_literal)
show(raise_over_lines)
