# reversed() over dicts and their views; keys() and items() views are set-like.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys() == {"a", "b", "c"}, d.keys() == {"a"}, {"a", "b", "c"} == d.keys(), d.keys() != {"a"})
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "z"}))
print({"a", "z"} & d.keys(), sorted({"z"} | d.keys()), {"a", "z"} - d.keys(), sorted({"a", "z"} ^ d.keys()))
print(sorted(d.keys() & ["a", "b"]), type(d.keys() & set()).__name__)
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.items() & {("a", 1), ("a", 2)})
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"}, d.keys() >= {"a"}, d.keys() > {"a", "b", "c"})
print(d.keys() == {"a": 0, "b": 0, "c": 0}.keys(), d.keys() == ["a", "b", "c"])
print(d.values() == d.values())
try:
    d.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
