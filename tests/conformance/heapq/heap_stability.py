import heapq

records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2), ("g", 3)]
print(heapq.nsmallest(4, records, key=lambda r: r[1]))
print(heapq.nlargest(4, records, key=lambda r: r[1]))
print(heapq.nsmallest(3, records), heapq.nlargest(3, records))
print(list(heapq.merge([("a", 1), ("c", 2)], [("b", 1), ("d", 2)], key=lambda r: r[1])))
print(list(heapq.merge([3, 2, 1], [3, 1], reverse=True)))
h = []
for i, pri in enumerate([3, 1, 3, 1, 2, 2, 1]):
    heapq.heappush(h, (pri, i))
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
mixed = [5.5, 2, 7, 3.25, 2.0, 1]
heapq.heapify(mixed)
print(mixed, [heapq.heappop(mixed) for _ in range(len(mixed))])
neg = [-x for x in [4, 9, 2, 7]]
heapq.heapify(neg)
print([-heapq.heappop(neg) for _ in range(len(neg))])
