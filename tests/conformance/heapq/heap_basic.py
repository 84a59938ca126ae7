import heapq
from heapq import heappush, heappop

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 5]:
    heappush(h, v)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 3]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heapreplace(data, 100), data)
print(heapq.heapreplace(data, -5), data)
print(heapq.heappushpop([], 3))
one = [1]
print(heappop(one), one)
e = []
heapq.heapify(e)
print(e)
print(heapq.__all__)
print(sorted(dir(heapq)) == sorted(set(dir(heapq))))
