import operator as op


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __neg__(self):
        return Money(-self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


class Box:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


a, b = Money(150), Money(275)
print(op.add(a, b), op.lt(a, b), op.gt(a, b), op.eq(a, Money(150)), op.ne(a, b), op.neg(a))
print(sorted([b, a, Money(5)]), min([b, a], key=op.attrgetter("cents")))
box = Box(["x", "y", "z"])
print(op.getitem(box, 1), op.itemgetter(0, 2)(box), op.contains(box, "y"), op.length_hint(box), op.countOf(box, "z"))
print(op.truth(box), op.not_(Box([])))
from functools import reduce
print(reduce(op.add, [Money(1), Money(2), Money(3)]))
try:
    op.sub(a, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.mul(a, 2)
except TypeError as e:
    print(type(e).__name__, e)
