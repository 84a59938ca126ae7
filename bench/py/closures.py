# Closures: creating and calling nested functions, nonlocal cells, lambdas.
def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def run(n):
    c = make_counter()
    total = 0
    for i in range(n):
        add = make_adder(i % 10)
        f = compose(add, make_adder(1))
        total += f(i) + c(1)
    return total


print(run(400_000))
