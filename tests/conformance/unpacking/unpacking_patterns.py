# Tuple/list unpacking in loops and swaps (tutorial)
points = [(1, 2), (3, 4), (5, 6)]
for i, (x, y) in enumerate(points):
    print(i, x + y)
(a, b), c = (1, 2), 3
print(a, b, c)
first, second, *others = "hello"
print(first, second, others)
*_, last = [10, 20, 30]
print(last)
a, b, c = range(3)
print(a, b, c)
head, *body, tail = [1, 2]
print(head, body, tail)
data = {"x": 1, "y": 2}
for key, value in data.items():
    print(f"{key}={value}")
k1, k2 = data
print(k1, k2)
nums = [3, 1, 2]
lo, *_, hi = sorted(nums)
print(lo, hi)
[p, q] = "pq"
print(p, q)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    r0, r1 = row
    print(r0 * r1)
print(*matrix, sep=" | ")
print([*range(3), *"ab"], (*[1], 2), {*(1, 2), 3})
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
x, *y = 1,
print(x, y)
