from collections import OrderedDict

o = OrderedDict()
o["b"] = 2
o["a"] = 1
o["c"] = 3
print(o, list(o), len(o))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o)
print(o.popitem(last=False), o)
try:
    o.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
empty = OrderedDict()
print(empty, repr(empty))
try:
    empty.popitem()
except KeyError as e:
    print("KeyError", e)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == {"a": 1, "b": 2})
print(list(reversed(x)), list(x.items()), list(x.values()))
z = OrderedDict.fromkeys("xyz", 0)
print(z)
z.update({"w": 9}, v=8)
print(z)
print(z.pop("x"), z.setdefault("x", 7), z)
del z["y"]
print(z, "y" in z, z.get("y", "none"))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
print(cache.get_item(1))
cache.put(3, "three")
print(cache.get_item(2), cache.get_item(3), list(cache.keys()))
print(cache)
