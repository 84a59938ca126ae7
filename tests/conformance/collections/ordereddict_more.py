from collections import OrderedDict, defaultdict

o = OrderedDict.fromkeys("abcde")
o.move_to_end("b")
o.move_to_end("e", last=False)
print(list(o), list(reversed(o)))
print(o.popitem(last=False), o.popitem(), list(o.keys()))
print(o == OrderedDict.fromkeys("acd"), o == OrderedDict.fromkeys("cad"), o == dict.fromkeys("cad"))
o["z"] = 1
o["a"] = 2
print(o)
copy = o.copy()
copy["new"] = 0
print(len(o), len(copy), type(copy).__name__)
print(o | {"q": 9}, {"q": 9} | o)
o |= {"a": 100}
print(o)
dd = defaultdict(list, {"x": [1]})
print(dd | {"y": [2]}, type(dd | {"y": [2]}).__name__)
print(OrderedDict(sorted({"b": 2, "a": 1, "c": 3}.items())))
print(OrderedDict([("one", 1)]) != OrderedDict([("one", 1)]), bool(OrderedDict()))
print(list(OrderedDict(b=1, a=2).items()), list(OrderedDict(b=1, a=2).values()))
views = OrderedDict(b=1, a=2)
print(views.keys(), views.values(), views.items())
print(len(views.keys()), "a" in views.keys(), 2 in views.values(), ("b", 1) in views.items())
print(list(reversed(views.keys())), list(reversed(views.items())))
print(sorted(views.keys() & {"a", "z"}), sorted(views.keys() | {"z"}), sorted(views.keys() - {"a"}))
kv = views.keys()
views["c"] = 3
print(kv, views.keys() == {"a", "b", "c"})
