from heapq import *
from collections import *

h = []
heappush(h, 3)
heappush(h, 1)
print(heappop(h), nsmallest(1, [5, 2]), list(merge([1], [0])))
print(deque([1]), Counter("ab"), OrderedDict(a=1), defaultdict(int), namedtuple("P", "a")(1))
print(ChainMap({"k": 1})["k"])
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
from functools import *
print(reduce(lambda a, b: a * b, [2, 3]), partial(max, 0)(-5), "total_ordering" in dir())
print("_absent" in dir(), "_make_key" in dir())
