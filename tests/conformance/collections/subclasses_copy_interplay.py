# copy / deepcopy, typing.NamedTuple and dataclasses.asdict with the collections subclasses.
import copy
import dataclasses
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple
from typing import NamedTuple

Pair = namedtuple("Pair", "key value")
originals = [defaultdict(list, a=[1]), Counter("aab"), OrderedDict(b=[1], a=2), Pair([1], 2)]
for obj in originals:
    deep = copy.deepcopy(obj)
    shallow = copy.copy(obj)
    print(type(deep).__name__, deep, deep == obj, type(shallow).__name__, shallow)

groups = defaultdict(list, a=[1])
clone = copy.deepcopy(groups)
clone["a"].append(2)
print(groups, clone, clone["new"], clone.default_factory)
try:
    groups.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)

class Employee(NamedTuple):
    name: str
    level: int = 1

e = Employee("ada")
print(e, isinstance(e, tuple), e._asdict(), json.dumps(e), e._replace(level=3), e[0], len(e))

@dataclasses.dataclass
class Report:
    where: Pair
    tally: dict

r = Report(Pair("x", 1), Counter("ab"))
print(dataclasses.asdict(r))
print(dataclasses.astuple(Report(Pair(1, 2), {})))
print(sorted(Counter("aab").items()), Counter("ab") == Counter("ba"), Counter("a") == "a")
print(list(map(Pair._make, [(1, 2), (3, 4)])), Pair(key=1, value=2) == Pair(1, 2), Pair.__name__)
