empty = {}
one = {"a": 1}
many = {"a": 1, "b": 2, 3: "c", (4, 5): [6], None: None,}
merged = {**one, **many, "z": 26}
s = {1, 2, 3}
s2 = {*s, 4, *[5, 6]}
fs = frozenset({1})
nested = {"outer": {"inner": {"deep": [1, {2: 3}]}}}
ks = {k for k in many}
dc = {v: k for k, v in one.items()}
print(empty, one, many, merged, s, s2, fs, nested, ks, dc)
print({1: 2}.get(1), len({}), {**{}})
