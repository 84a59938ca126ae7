# A subclass of dict: every dict method and operator, plus attributes.
class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True

    def get_int(self, key):
        return int(self[key])


c = Config({"port": "80"}, debug=True)
print(c, repr(c), type(c).__name__, len(c), c["port"], c.get_int("port"), c.loaded, isinstance(c, dict))
c["host"] = "local"
c.update(mode="fast")
print(list(c), list(c.keys()), list(c.values()), list(c.items()), "host" in c, c.get("nope", 0))
print(c.pop("mode"), c.setdefault("x", 1), c.popitem(), c == {"port": "80", "debug": True, "host": "local"})
del c["port"]
print(c, c.copy(), type(c.copy()).__name__, dict(c), type(dict(c)).__name__, c | {"z": 0}, type(c | {"z": 0}).__name__)
c |= {"w": 2}
print(c, type(c).__name__, sorted(c), {**c}, bool(Config()), Config(a=1) == Config(a=1))
print(str(c), f"{c}", "%s" % (c,), __import__("json").dumps(c), Config.fromkeys("ab"), type(Config.fromkeys("ab")).__name__)
for k, v in Config(one=1, two=2).items():
    print(k, v)
try:
    c["missing"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    hash(c)
except TypeError as exc:
    print("TypeError:", exc)
c.clear()
print(c, c.loaded, vars(c))
