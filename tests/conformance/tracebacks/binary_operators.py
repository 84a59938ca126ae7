# The ~~~^~~~ line under a failing binary operation: the operator is marked, its operands are
# underlined; parentheses and two-character operators too.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def add(a, b):
    return a + b


def power(base):
    result = 1 + base ** "two"
    return result


def floor_div(items):
    return (items[0]) // (items[1])


def whole_line(x):
    x - "y"


def nested(x):
    total = (x * 2) + (x - "1")
    return total


def shifted(n):
    mask = n << None
    return mask


show(add, 1, "one")
show(add, [1], (2,))
show(power, 3)
show(floor_div, [7, 0])
show(whole_line, 5)
show(nested, 3)
show(shifted, 1)
