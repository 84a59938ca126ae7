# Subclasses of builtins the way tutorials write them: a Matrix list, a Counter dict with +,
# a formatted str, an iterable int, a str with __new__, an IntEnum of HTTP statuses.
class S(str):
    def __eq__(self, o):
        return str(self).lower() == str(o).lower()
try:
    {S("a")}
except TypeError as e:
    print("TypeError:", e)
class F(str):
    def __format__(self, spec):
        return "F:" + spec
print(f"{F('x'):>5}", format(F("y"), "q"), "{:z}".format(F("w")))
class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])
    @property
    def shape(self):
        return len(self), len(self[0])
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other)] for r in self])
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m.shape, type(m @ m).__name__, m[0][1], m == [[1, 2], [3, 4]])
class Counter(dict):
    def __add__(self, other):
        r = Counter(self)
        for k, v in other.items():
            r[k] = r.get(k, 0) + v
        return r
print(Counter(a=1) + Counter(a=2, b=1), Counter(a=1) + {"c": 3})
class Bits(int):
    def __iter__(self):
        return iter(bin(self)[2:])
print(list(Bits(5)), Bits(5) | 2, f"{Bits(10):b}")
class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, f"{first} {last}")
        obj.first, obj.last = first, last
        return obj
n = Name("Ada", "Lovelace")
print(n, n.first, n.split(), len(n), n.lower(), sorted([Name("b", "c"), Name("a", "z")]))
import enum
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, f"HTTP {Status.NOT_FOUND}", f"{Status.OK!r}", Status.OK.value + 1, max(Status).name)
print([s for s in Status if s >= 300], Status.OK in [200], {200: "ok"}.get(Status.OK))
