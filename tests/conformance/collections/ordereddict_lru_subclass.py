# An LRU cache subclassing OrderedDict: its __setitem__ sees every item that __init__, update and
# setdefault store, as in CPython.
from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, cap, *args, **kw):
        self.cap = cap
        super().__init__(*args, **kw)
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2, [('a', 1), ('b', 2)], z=0)
c.update({'q': 1}, w=2)
c.update([('x', 1)])
c['a'] = 5
print(c, c.setdefault('n', 1), c)
o = OrderedDict([('a', 1)], b=2); o.update(c=3); o.update({'d': 4}.items()); print(o)
class K:
    def keys(self): return ['k']
    def __getitem__(self, k): return k * 2
o.update(K()); print(o)
try: o.update(1)
except TypeError as e: print(e)
try: o.update({}, {})
except TypeError as e: print(e)
