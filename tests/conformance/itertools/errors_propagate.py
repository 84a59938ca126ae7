import itertools as it


def gen(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise RuntimeError(f"fail at {i}")
        yield i


for name, make in [("islice", lambda: it.islice(gen(5, 2), 4)), ("chain", lambda: it.chain(gen(5, 1), [9])),
                   ("cycle", lambda: it.cycle(gen(5, 3))), ("accumulate", lambda: it.accumulate(gen(5, 2))),
                   ("groupby", lambda: (k for k, _ in it.groupby(gen(5, 3)))), ("pairwise", lambda: it.pairwise(gen(5, 2))),
                   ("zip_longest", lambda: it.zip_longest(gen(5, 2), "ab")), ("tee", lambda: it.tee(gen(5, 1))[0]),
                   ("dropwhile", lambda: it.dropwhile(lambda x: x < 1, gen(5, 3))), ("starmap", lambda: it.starmap(divmod, [(1, 1), (1, 0)])),
                   ("compress", lambda: it.compress(gen(5, 2), it.repeat(True))), ("product", lambda: it.product(gen(5, 2)))]:
    out = []
    try:
        for x in make():
            out.append(x)
    except (RuntimeError, ZeroDivisionError) as e:
        print(name, out, type(e).__name__, e)
    else:
        print(name, out, "no error")


def key_fails(x):
    if x == 3:
        raise KeyError(x)
    return x // 2


try:
    print([(k, list(g)) for k, g in it.groupby(range(6), key_fails)])
except KeyError as e:
    print("groupby key", type(e).__name__, e)
stopped = it.takewhile(lambda x: 10 // (2 - x), range(5))
try:
    print(list(stopped))
except ZeroDivisionError as e:
    print("takewhile", type(e).__name__, e)
