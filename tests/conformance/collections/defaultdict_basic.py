from collections import defaultdict

d = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    d[word[0]].append(word)
print(d)
print(d["a"], d["z"], len(d))
print(d.default_factory, "q" in d, d.get("nope"), len(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(dict(counts), sorted(counts.items()), {**counts})
print(list(counts), list(counts.keys()), list(counts.values()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
s = defaultdict(set, {"a": {1}}, b={2})
s["c"].add(3)
print(sorted(s.items()))
c = s.copy()
c["d"].add(4)
print(type(c).__name__, c.default_factory, len(s), len(c))
d2 = defaultdict(str)
d2.update(x="1")
d2.setdefault("y", "2")
print(d2, d2.pop("x"), d2.pop("zz", "dflt"), d2)
print(defaultdict(int, a=1) == {"a": 1}, {"a": 1} == defaultdict(int, a=1))
d3 = defaultdict(list)
d3.default_factory = tuple
print(d3["k"], d3)
del d3["k"]
print(d3, bool(d3))
print(d3.__missing__("m"), d3)
