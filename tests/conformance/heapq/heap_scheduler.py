import heapq

# a timer queue the way an event loop keeps its scheduled callbacks: (when, seq, name)
timers = []
seq = 0
for when, name in [(0.5, "b"), (0.1, "a"), (0.5, "c"), (0.3, "d"), (0.1, "e"), (1.0, "f")]:
    heapq.heappush(timers, (when, seq, name))
    seq += 1
print([t[2] for t in timers])
now = 0.0
fired = []
while timers and timers[0][0] <= 0.5:
    when, _, name = heapq.heappop(timers)
    fired.append((when, name))
print(fired, timers)
# cancel by marking and lazily dropping
entries = {}
heap = []
for i, name in enumerate(["x", "y", "z", "w"]):
    entry = [i % 2, i, name, True]
    entries[name] = entry
    heapq.heappush(heap, entry)
entries["y"][3] = False
entries["x"][3] = False
alive = []
while heap:
    entry = heapq.heappop(heap)
    if entry[3]:
        alive.append(entry[2])
print(alive)
# heapreplace vs heappushpop
h = [1, 3, 5]
print(heapq.heapreplace(h, 0), h)
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h)
h = [1, 3, 5]
print(heapq.heappushpop(h, 4), h)
# heapsort
def heapsort(items):
    h = []
    for v in items:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5]))
print(heapsort(["delta", "alpha", "charlie", "bravo"]))
big = list(range(50, 0, -3))
heapq.heapify(big)
print(big)
