point = (3, 4)
x, y = point
print(point, x, y, len(point))
single = (5,)
print(single, type(single).__name__, (5))
empty = ()
print(empty, len(empty))
t = 1, 2, 3
print(t, t[0], t[-1], t.count(2), t.index(3))
print((1, 2) + (3,), (0,) * 3)
print(tuple([1, 2]), tuple("ab"))
print((1, 2) < (1, 3), (2,) > (1, 9))
nested = ((1, 2), (3, 4))
for a, b in nested:
    print(a + b)
