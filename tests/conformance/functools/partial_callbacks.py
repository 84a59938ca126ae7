from functools import partial, reduce, wraps


def on_event(name, event, *, verbose=False):
    suffix = " (verbose)" if verbose else ""
    print(f"{name} got {event}{suffix}")


callbacks = [partial(on_event, "logger"), partial(on_event, "audit", verbose=True)]
for cb in callbacks:
    cb("start")
registry = {}


def register(name):
    def deco(func):
        registry[name] = func
        return func
    return deco


@register("double")
def double(x):
    return x * 2


@register("inc")
def inc(x):
    return x + 1


pipeline = ["double", "inc", "double"]
print(reduce(lambda acc, step: registry[step](acc), pipeline, 5))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(double, inc, inc)(10))


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("a"), greet("b"), greet.calls, greet.__name__, greet.__doc__)
add = lambda a, b, c: a + b + c
print(partial(partial(add, 1), 2)(3), partial(add, c=3)(1, 2))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
