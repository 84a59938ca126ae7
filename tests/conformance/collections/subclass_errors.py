# The messages the collections classes (and dict itself) give for bad arguments.
from collections import Counter, defaultdict, OrderedDict, namedtuple
for f in [lambda: defaultdict(list, {}, {}), lambda: OrderedDict(1, 2), lambda: OrderedDict({}).update({}, {}),
          lambda: Counter('a', 'b'), lambda: Counter(5), lambda: OrderedDict(5), lambda: defaultdict(list, 5),
          lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x _y'), lambda: namedtuple('P', 'x def'),
          lambda: namedtuple('1P', 'x'), lambda: namedtuple('P', 'x', defaults=[1, 2]), lambda: Counter()['a'].foo,
          lambda: OrderedDict().move_to_end('x', False), lambda: defaultdict(list).popitem()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
