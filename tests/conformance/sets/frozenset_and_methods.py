fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs)
d = {fs: "key ok"}
print(d[frozenset({1, 2, 3})])
s = {1, 2}
s.update([3, 4], {5})
print(s)
s |= {6}
s -= {1}
print(s, s.pop() in range(10), len(s))
c = s.copy()
c.clear()
print(c, len(s))
print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2} < {1, 2, 3})
print(frozenset() == set(), sorted({"b", "a"}))
print(set([1, 2]) | frozenset([3]), frozenset([1]) | {2})
s2 = {10, 20}
s2.remove(30)
