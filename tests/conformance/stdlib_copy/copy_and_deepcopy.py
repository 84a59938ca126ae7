import copy
from collections import defaultdict, deque
from dataclasses import dataclass, field


original = {"a": [1, 2], "b": {"c": [3]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["a"].append(99)
original["b"]["c"].append(100)
print(shallow, deep)
print(shallow["a"] is original["a"], deep["a"] is original["a"])

nested = [[1, 2], [3, 4]]
d = copy.deepcopy(nested)
d[0][0] = "x"
print(nested, d)

shared = [1]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)

loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[1] is loop_copy, loop_copy is not loop)

t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
print(p, q, r, q.tags is p.tags, r.tags is p.tags)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("custom copy")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(copy.deepcopy(self.v, memo))


c1 = copy.copy(Custom([1]))
c2 = copy.deepcopy(Custom([1]))
print(c1.v, c2.v)


@dataclass
class Config:
    name: str
    options: list = field(default_factory=list)


cfg = Config("a", ["x"])
cfg2 = copy.deepcopy(cfg)
cfg2.options.append("y")
print(cfg, cfg2)

dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
print(dd, dd2)
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2, copy.copy(dq))
s = {1, 2}
print(copy.copy(s), copy.deepcopy(frozenset(s)))
