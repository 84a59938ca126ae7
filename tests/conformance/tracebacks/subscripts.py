# Subscripts: the brackets are marked ^^^^ and the object underlined ~~~~, when reading, storing
# or deleting an item.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


scores = {"ann": [90, 85], "bob": [70]}


def missing_key():
    return scores["cid"][0]


def index_out_of_range():
    best = scores["bob"][ 3 ] + 1
    return best


def tuple_store():
    point = (1, 2)
    point[0] = 5


def delete_missing():
    del scores["zed"]


def slice_of_int():
    n = 12345
    return str(n) + n[1:3]


def nested_lookup(grid):
    return grid[1][2]


show(missing_key)
show(index_out_of_range)
show(tuple_store)
show(delete_missing)
show(slice_of_int)
show(nested_lookup, [[1, 2, 3], [4, 5]])
