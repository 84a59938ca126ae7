import json


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Node:
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)


def encode(o):
    if isinstance(o, Vec):
        return {"__vec__": [o.x, o.y]}
    if isinstance(o, Node):
        return {"name": o.name, "children": o.children}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"can't encode {type(o).__name__}")


def decode(d):
    if "__vec__" in d:
        return Vec(*d["__vec__"])
    return d


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
print(json.dumps(tree, default=encode))
print(json.dumps(tree, default=encode, indent=1))
print(json.dumps({"v": Vec(1, 2), "s": {3, 1, 2}, "f": frozenset([5])}, default=encode, sort_keys=True))
v = json.loads('{"a": {"__vec__": [3, 4]}, "b": [1]}', object_hook=decode)
print(type(v["a"]).__name__, v["a"].x, v["a"].y, v["b"])
try:
    json.dumps([1, object()], default=encode)
except TypeError as e:
    print(type(e).__name__, e)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps([Vec(0, 0)] * 2, default=lambda o: o.__dict__))
