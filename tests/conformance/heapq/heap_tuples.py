import heapq

# priority queue with (priority, counter, item): ties broken by insertion order
pq = []
for i, (prio, name) in enumerate([(2, "write"), (1, "read"), (2, "close"), (0, "open"), (1, "seek")]):
    heapq.heappush(pq, (prio, i, name))
print(pq)
while pq:
    print(heapq.heappop(pq))

# tuples that compare equal on the first field keep CPython's exact layout
h = []
for item in [(1, "b"), (1, "a"), (0, "z"), (1, "c"), (0, "y")]:
    heapq.heappush(h, item)
print(h)
heapq.heapify(h)
print(h)

# strings and floats
words = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(len(words))])
fl = [3.5, -1.0, 2.25, 0.0]
heapq.heapify(fl)
print(fl)
