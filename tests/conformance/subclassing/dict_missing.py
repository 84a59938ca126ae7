# __missing__ on a dict subclass: called by d[key] for an absent key, not by get() or `in`.
class Registry(dict):
    def __missing__(self, key):
        value = self[key] = f"<{key}>"
        return value


r = Registry(a="A")
print(r["a"], r["b"], r, "c" in r, r.get("c"), len(r))


class Counter(dict):
    def __missing__(self, key):
        return 0


words = "the cat and the hat and the bat".split()
counts = Counter()
for w in words:
    counts[w] += 1
print(counts, counts["zebra"], sorted(counts.items(), key=lambda kv: -kv[1])[:2])


class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t, __import__("json").dumps(t))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")


try:
    Strict()["k"]
except KeyError as exc:
    print("KeyError:", exc)
