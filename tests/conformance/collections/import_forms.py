import sys
import heapq
import heapq as hq
from collections import deque as D, Counter
from heapq import heappush, heappop

print(hq is heapq, "heapq" in sys.modules, "collections" in sys.modules)
print(sys.modules["heapq"] is heapq, heapq.__name__, hq.__name__)
h = []
heappush(h, 2)
heappush(h, 1)
print(heappop(h), D([1]), Counter("aa"))
import collections
print(collections.deque is D, collections.__name__)
try:
    from heapq import does_not_exist
except ImportError as e:
    print(type(e).__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import heapq.sub as s
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math.sub import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import collections.nothere as c
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import heapq.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import nothere.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import heapq
print(heapq is hq, type(heapq).__name__)
import functools
print(functools.__name__)
from collections import OrderedDict, defaultdict, ChainMap, namedtuple
print(type(D()), type(Counter()), type(OrderedDict()), type(defaultdict()), type(ChainMap()))
print(D.__name__, Counter.__name__, namedtuple("Pt", "x"), namedtuple("Pt", "x").__name__)
print(type(heappush).__name__, heappush)
