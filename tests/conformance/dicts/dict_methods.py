d = dict(a=1, b=2)
print(d, dict([("x", 1), ("y", 2)]), dict())
e = d.copy()
e["c"] = 3
print(d, e)
print(d == {"b": 2, "a": 1}, d != e)
print(e.popitem(), e)
keys = ["a", "b", "c"]
print(dict.fromkeys(keys, 0))
print({k: v for k, v in zip(keys, range(3))})
d.clear()
print(d, bool(d))
m = {1: "one", 2.5: "float", (1, 2): "tuple", True: "bool?"}
print(m)
