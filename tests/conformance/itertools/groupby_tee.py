import itertools as it

print([(k, list(g)) for k, g in it.groupby("aabbbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([k for k, g in it.groupby("aaabbc")], list(it.groupby([])))
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = it.groupby("aaabbb")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
data = [{"t": "x", "v": 1}, {"t": "x", "v": 2}, {"t": "y", "v": 3}]
for key, grp in it.groupby(data, key=lambda d: d["t"]):
    print(key, [d["v"] for d in grp])
print(type(next(it.groupby("a"))[1]))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
x, y, z = it.tee(iter("abc"), 3)
print(list(x), list(y), list(z))
print(it.tee([1], 0), len(it.tee([1])))
src = iter(range(5))
p, q = it.tee(src)
print(next(p), next(p), next(q))
r, s = it.tee(p)
print(list(r), list(s), list(q))
try:
    it.tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.tee()
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.groupby()
except TypeError as e:
    print(type(e).__name__, e)
