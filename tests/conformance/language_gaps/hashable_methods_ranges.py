# Bound methods and ranges are hashable and compare by value.
class C:
    def m(self):
        return 1

    def n(self):
        return 2


c, d = C(), C()
print(hash(c.m) == hash(c.m), c.m == c.m, c.m != c.m, c.m == d.m, c.m == c.n)
seen = {c.m: "c.m"}
print(seen[c.m], c.m in seen, d.m in seen)
print(len({c.m, c.m, d.m}))
print(hash(range(3)) == hash(range(3)), {range(3): "r"}[range(0, 3)])
print(range(0) == range(5, 5), hash(range(0)) == hash(range(5, 5)))
print(range(1, 2, 5) == range(1, 3, 7), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(hash(range(3)) == hash((3, 0, 1)))
print(hash(range(0)) == hash((0, None, None)), hash(range(4, 5)) == hash((1, 4, None)))
