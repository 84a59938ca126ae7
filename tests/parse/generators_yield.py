def countdown(n):
    while n > 0:
        yield n
        n -= 1


def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            return "done"


def delegate():
    result = yield from echo()
    yield result


def pairs():
    yield 1, 2
    yield (3, 4)
    yield [*range(2)]


print(list(countdown(3)))
g = echo()
next(g)
print(g.send("x"))
print(list(pairs()))
gen_expr = (i for i in countdown(5) if i % 2)
print(sum(gen_expr))
