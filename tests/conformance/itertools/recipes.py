import itertools as it
import operator


def take(n, iterable):
    return list(it.islice(iterable, n))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x) for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield next(nxt)
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable):
    seen = []
    for element in it.filterfalse(lambda x: x in seen, iterable):
        seen.append(element)
        yield element


def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)


def sliding_window(iterable, n):
    iters = it.tee(iterable, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def running_mean(values):
    for i, total in enumerate(it.accumulate(values), 1):
        yield total / i


print(take(4, it.count(10)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(flatten([[1, 2], [3], []])))
print(list(sliding_window("abcde", 3)), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(running_mean([2, 4, 6, 8])), sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(it.accumulate(it.repeat(1, 5))), dict(zip("abc", it.count(1))))
print([k for k, _ in it.groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.product(*[[0, 1]] * 3))[:4], max(it.permutations([3, 1, 2])), list(it.compress(it.count(), [0, 1, 1, 0, 1])))
