from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque(range(10), maxlen=4))
print(deque(range(10), 0), deque([1, 2], maxlen=0).maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3, 4])
print(z, len(z))
print(deque([1, 2]).maxlen)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
notfull = deque([1], maxlen=2)
notfull.insert(0, 9)
print(notfull)
print(full.copy(), full.copy().maxlen)
print(deque([1, 2, 3], maxlen=2) + deque([4, 5, 6]))
m = deque([1, 2], maxlen=3)
m *= 3
print(m)
m += [7, 8, 9, 10]
print(m)
r = deque(range(5), maxlen=5)
r.rotate(2)
print(r)
for bad in ("a", -1, 2.0, [1]):
    try:
        deque([], bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    full.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
