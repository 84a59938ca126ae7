# Overridden dunders of a dict subclass: d[k], d[k] = v, del, in, len, iteration, ==.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Name"] = "Ada"
d["AGE"] = 36
print(d, d["NAME"], "age" in d, "Age" in d, d.get("Name"), len(d))
del d["Age"]
print(d, list(d))


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def __len__(self):
        return 1000

    def __repr__(self):
        return "Ordered" + super().__repr__()

    def __eq__(self, other):
        return True

    __hash__ = None


o = Ordered(b=1, a=2, c=3)
print(list(o), len(o), o, o == {}, [k for k in o], dict.__len__(o), dict.__repr__(o), bool(Ordered()))
print(sorted(o.keys()), dict.__getitem__(o, "a"), dict.__contains__(o, "b"), dict.__eq__(o, {"b": 1, "a": 2, "c": 3}))
