# super() chains through a builtin base: __new__, __init__, and the slot methods.
class Base(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label

    def __repr__(self):
        return f"{self.label}:{super().__repr__()}"


class Child(Base):
    def __init__(self, items):
        super().__init__(items, "child")

    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __len__(self):
        return super().__len__() + 1


c = Child([1, 2])
print(c, c[0], len(c), type(c).__mro__[1:])


class Mixin:
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"


class Named(Mixin, dict):
    pass


n = Named(a=1)
print(n, n.describe(), Named.__mro__, n["a"], isinstance(n, dict))


class Word(str):
    def __new__(cls, text):
        self = super().__new__(cls, text.strip())
        self.original = text
        return self

    def __init__(self, text):
        super().__init__()
        self.length = len(self)


w = Word("  hi  ")
print(repr(w), repr(w.original), w.length)


class Number(int):
    def __new__(cls, value, unit=""):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{int(self)}{self.unit}"


class Meters(Number):
    def __new__(cls, value):
        return super().__new__(cls, value, "m")


print(Meters(5), Meters(5) + 1, repr(Meters(5)), Meters(5).unit, Number(3, "kg"))
print(object.__repr__(Word("x")).startswith("<__main__.Word object at"), object.__eq__(1, 1), object.__eq__(1, 2))
