# The collections types' names in reprs and messages, and their subscripted generic aliases.
from collections import defaultdict, OrderedDict, Counter, namedtuple, deque
for cls in (defaultdict, OrderedDict, Counter):
    o = cls()
    print(cls, cls.__name__, cls.__qualname__, cls.__module__, type(o).__name__, repr(o))
    try: o.zz
    except AttributeError as e: print(e)
    try: o + 1
    except TypeError as e: print(e)
    try: o['k'] if cls is not defaultdict else len(o, 1)
    except (TypeError, KeyError) as e: print(type(e).__name__, e)
class My(defaultdict): pass
class Od(OrderedDict): pass
print(My, My(int), Od(a=1), My.__mro__, Od.__qualname__)
try: My().q
except AttributeError as e: print(e)
print(defaultdict[str, int], OrderedDict[str, int], Counter[str], deque[int])
P = namedtuple('P', 'x')
print(P[int] if hasattr(P, '__class_getitem__') else 'noattr')
def f(a: defaultdict[str, list[int]]) -> Counter[str]: return Counter()
print(f.__annotations__)
