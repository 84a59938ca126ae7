import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(1, b=2))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(5), add.__wrapped__.__name__)


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@plain
def sub(a, b):
    "Subtract."
    return a - b


print(sub.__name__, sub.__doc__)


def inner():
    """inner doc"""


def outer():
    pass


functools.update_wrapper(outer, inner)
print(outer.__name__, outer.__doc__, outer.__wrapped__ is inner)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def repeat(n):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def ping(x):
    """Ping."""
    return x * 2


print(ping(4), ping.__name__, ping.__doc__)
stacked = logged(logged(add.__wrapped__))
print(stacked.__name__, stacked.__wrapped__.__wrapped__ is add.__wrapped__)
print(stacked(2, 3))
