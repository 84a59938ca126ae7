first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [1]
print(head, tail)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
(p, q), *others = [(1, 2), 3, 4]
print(p, q, others)
merged = [*rest, *"xy", 0]
print(merged)
print({**{"a": 1}, "b": 2} if False else dict(a=1, b=2))
