from functools import partial


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), square(3, exp=3))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5))
print(two_to.args, two_to.keywords, two_to.func is power, square.keywords)
def parse(text, base=10):
    return int(text, base)


basetwo = partial(parse, base=2)
print(basetwo("1011"), basetwo("11", base=3))
print(partial(max, 1, 2), partial(sorted, key=len, reverse=True))
print(partial(print, sep="-")("a", "b"))
nested = partial(partial(power, 3), exp=2)
print(nested(), nested.args, nested.keywords, nested.func is power)
print(list(map(partial(power, exp=2), [1, 2, 3])))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    square()
except TypeError as e:
    print(type(e).__name__)
handlers = [partial(lambda n, x: n * x, n) for n in range(3)]
print([h(10) for h in handlers])


class Greeter:
    def __init__(self, word):
        self.word = word

    def greet(self, name, punct):
        return f"{self.word}, {name}{punct}"


g = Greeter("hi")
excl = partial(g.greet, punct="!")
print(excl("bob"), callable(excl))
