# defaultdict is a dict: json, dict(), ** unpacking, equality, views, and __missing__.
import json
from collections import defaultdict

groups = defaultdict(list)
for name in ["ann", "bob", "amy", "cat", "bea", "carl"]:
    groups[name[0]].append(name)
print(groups)
print(isinstance(groups, dict), issubclass(defaultdict, dict), groups.default_factory)
print(json.dumps(groups))
print(dict(groups), {**groups})
print(groups == {"a": ["ann", "amy"], "b": ["bob", "bea"], "c": ["cat", "carl"]})
print(groups.keys(), groups.items())
print("z" in groups, groups.get("z"), len(groups))
print(groups["z"], len(groups), groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), max(counts, key=counts.get))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(json.dumps(nested), nested["x"])
print(defaultdict(None, {"a": 1}), defaultdict(set, a={1}), defaultdict(int, [("k", 5)], j=6))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict("list")
except TypeError as e:
    print("TypeError:", e)
class Tally(defaultdict):
    def __missing__(self, key):
        return f"no {key}"
t = Tally(int)
print(t["x"], t, type(t).__name__)
copied = counts.copy()
copied["m"] = 100
print(type(copied).__name__, copied["m"], counts["m"], copied.default_factory)
merged = counts | {"z": 9}
print(type(merged).__name__, merged["z"], merged["never"], {"q": 1} | counts == {**counts, "q": 1})
counts.default_factory = lambda: -1
print(counts["new"], counts.pop("new"), counts.setdefault("m", 0))
