# Tuple subclasses the way namedtuple-style code writes them.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(10, 20)
print(p, p.x, p.y, p[0], p[-1], len(p), p + q, type(p + q).__name__)
print(p == (1, 2), (1, 2) == p, p < q, hash(p) == hash((1, 2)), {p: "p"}[(1, 2)], list(p), tuple(p))
print(type(tuple(p)).__name__, p[:1], type(p[:1]).__name__, p * 2, type(p * 2).__name__, 2 in p)
x, y = p
print(x, y, *p, sorted([q, p]), max(p), p.count(1), p.index(2), isinstance(p, tuple))
print("%s and %s" % p, "{} {}".format(*p), str(p), f"{p}", tuple.__repr__(p))


class Pair(tuple):
    def __init__(self, items):
        self.created = True


pr = Pair([3, 4])
print(pr, repr(pr), pr.created, pr + (5,), type(pr + (5,)).__name__, Pair(()), Pair("ab"))
print(tuple.__new__(Pair, [7]), type(tuple.__new__(Pair, [7])).__name__, tuple.__len__(pr))
