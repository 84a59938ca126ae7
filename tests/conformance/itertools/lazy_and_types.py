import itertools as it

log = []
def source():
    for i in range(5):
        log.append(i)
        yield i

m = it.islice(source(), 2)
print(log)
print(list(m), log)
log.clear()
t = it.takewhile(lambda x: x < 2, source())
print(list(t), log)
log.clear()
g = it.chain(source(), source())
print(next(g), log)
for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse",
             "groupby", "islice", "pairwise", "starmap", "zip_longest", "product", "permutations", "combinations",
             "combinations_with_replacement"]:
    obj = getattr(it, name)
    print(name, obj, isinstance(obj, type))
print(type(it.chain()), type(it.islice([], 1)), type(it.tee([])[0]))
ch = it.chain([1])
print(iter(ch) is ch, repr(ch).startswith("<itertools.chain object at 0x"))
print(callable(it.tee), it.chain.from_iterable([[1]]).__class__)
try:
    len(it.count())
except TypeError as e:
    print(type(e).__name__, e)
