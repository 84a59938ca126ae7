from functools import singledispatch


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register(int)
def _(obj):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


def describe_str(obj):
    return f"str {obj!r}"


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return f"animal {type(obj).__name__}"


print(describe(5), describe(True), describe("hi"), describe(2.5))
print(describe([1, "a", [2.0]]))
print(describe(Dog()), describe(Animal()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.__name__)
print(describe.registry[str] is describe_str)
