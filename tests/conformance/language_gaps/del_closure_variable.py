# `del` of a variable captured by an inner function (DELETE_DEREF).
def outer():
    x = 1

    def inner():
        return x

    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(inner())
    try:
        del x
        del x
    except NameError as e:
        print(type(e).__name__, e)


outer()


def nonlocal_del():
    y = "y"

    def inner():
        nonlocal y
        del y

    inner()
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(nonlocal_del())
