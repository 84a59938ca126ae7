s = list(range(20))
print(s[0], s[-1], s[1:], s[:3], s[::2], s[::-1], s[1:10:3], s[:], s[::])
print(s[len(s) // 2 :], s[: -1], s[-3:-1], s[1:2:], s[:: 2])
d = {(1, 2): "a", "k": "b"}
print(d[1, 2], d[(1, 2)], d["k"])
m = [[1, 2], [3, 4]]
print(m[0][1], m[-1][::-1])
import collections
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p[0:1], p.x)
class A:
    def __getitem__(self, key):
        return key
a = A()
print(a[1:2, 3], a[..., 1], a[:, None], a[1:2, ::3, ...], a[()], a[x := 3], a[a, b] if False else 0)
print(a[-1:], a[:-1:-1])
