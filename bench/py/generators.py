# Generators: a pipeline of generators, generator expressions and yield from.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def run():
    a = sum(evens(squares(numbers(1_200_000))))
    b = sum(x for x in chain(range(400_000), numbers(400_000)) if x % 3)
    c = sum(tree(17))
    return a, b, c


print(run())
