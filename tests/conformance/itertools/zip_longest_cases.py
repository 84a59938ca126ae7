import itertools as it

print(list(it.zip_longest("ab", "xyz")), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.zip_longest()), list(it.zip_longest([])), list(it.zip_longest("abc")))
print(list(it.zip_longest([1, 2], [], [3], fillvalue=0)))
z = it.zip_longest(iter([1]), it.count())
print(next(z), next(z), next(z))
try:
    it.zip_longest(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.zip_longest([1], x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(it.zip_longest("abc", range(2))))
