# Assignments point at their target: augmented assignment to an attribute or an item (the
# read fails), unpacking the wrong number of values, storing into an attribute.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


class Counter:
    pass


def add_to_missing_attribute():
    c = Counter()
    c.count += 1


def add_to_missing_key():
    totals = {}
    totals["apples"] += 3


def wrong_type_in_place():
    totals = {"apples": "3"}
    totals["apples"] -= 1


def too_many_values():
    first, second = [1, 2, 3]
    return first, second


def starred_too_few():
    head, *middle, tail = [1]
    return head, middle, tail


def loop_unpacking():
    for name, score in [("ann", 1, 2)]:
        print(name, score)


def store_on_int():
    n = 5
    n.label = "five"


show(add_to_missing_attribute)
show(add_to_missing_key)
show(wrong_type_in_place)
show(too_many_values)
show(starred_too_few)
show(loop_unpacking)
show(store_on_int)
