# Corners of the collections subclasses: recursive reprs, unorderable counts, mixed equality, errors.
from collections import Counter, defaultdict, OrderedDict, namedtuple
d = defaultdict(list); d['x'] = d; print(d)
o = OrderedDict(); o['x'] = o; print(o)
c = Counter(); c['self'] = 1; print(Counter({'a': 'x', 'b': 1}), Counter({'a': [1], 'b': [0]}))
print(Counter(None), Counter(), Counter(a=1) == Counter(a=1.0))
try: Counter(a=1) <= {'a': 1}
except TypeError as e: print(e)
c = Counter(); c['a'] -= 1; print(c, sum([Counter('a'), Counter('ab')], Counter()))
P = namedtuple('P', 'x y'); Q = namedtuple('Q', 'a b')
print(P(1, 2) == Q(1, 2), P(1, 2) + Q(3, 4), namedtuple('M', 'x', module='mod').__module__)
print(P(*range(2)), P._make(iter('ab')), namedtuple('G', (f for f in 'abc'))._fields, P.__doc__)
print(Counter('aab') - Counter('b') == Counter(a=2), dict.fromkeys(Counter('ab')), list(Counter('ba')))
dd = defaultdict(int); print(dd.get('x'), 'x' in dd, dd.setdefault('y'), dd, dd.pop('y'), dd.__missing__('z'), dd)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) == Counter(a=1))
print(sorted(OrderedDict(b=1, a=2)), OrderedDict(b=1, a=2).popitem(), str(OrderedDict(a=1)))
try: hash(P([], 1))
except TypeError as e: print(e)
try: P(1, 2)[2]
except IndexError as e: print(e)
try: Counter('a') + {'a': 1}
except TypeError as e: print(e)
try: defaultdict(list) + 1
except TypeError as e: print(e)
import json
print(json.dumps(OrderedDict(b=1, a=2), sort_keys=True), json.loads('{"a": 1}', object_pairs_hook=OrderedDict))
print(isinstance(Counter(), OrderedDict), isinstance(OrderedDict(), dict), type(Counter('a').keys()).__name__)
