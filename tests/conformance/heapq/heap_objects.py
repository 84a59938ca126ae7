import heapq


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


jobs = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (3, "c2"), (0, "z")]:
    heapq.heappush(jobs, Job(p, n))
print(jobs)
print([heapq.heappop(jobs) for _ in range(len(jobs))])


class Loud:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls += 1
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


items = [Loud(v) for v in [5, 1, 4, 1, 5, 9, 2, 6]]
heapq.heapify(items)
print(items, Loud.calls)
Loud.calls = 0
heapq.heappush(items, Loud(3))
print(items, Loud.calls)
Loud.calls = 0
print(heapq.heappop(items), items, Loud.calls)


class GtOnly:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


g = [GtOnly(3), GtOnly(1), GtOnly(2)]
heapq.heapify(g)  # `<` falls back to the reflected __gt__
print(g)


class NoOrder:
    pass


try:
    heapq.heapify([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
