from collections import deque

d = deque(range(7))
for n in (1, -1, 3, -3, 7, 8, -15, 0, 100):
    d.rotate(n)
    print(n, d)
d.rotate()
print(d)
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-4)
print(one)
try:
    d.rotate("x")
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    d.rotate(1, 2)
except TypeError as exc:
    print(type(exc).__name__, exc)
# a round-robin scheduler, the classic use
tasks = deque([("a", 3), ("b", 1), ("c", 2)])
order = []
while tasks:
    name, left = tasks.popleft()
    order.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print(order)
# sliding window
window = deque(maxlen=3)
sums = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    sums.append(sum(window))
print(sums)
