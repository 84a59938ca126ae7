from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]), max(a, b))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 5
except TypeError as e:
    print(type(e).__name__, e)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents


m1, m2 = Money(100), Money(250)
print(m1 < m2, m1 <= m2, m1 >= m2, m2 >= Money(250), m1 > m2)


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


print(Le(1) < Le(2), Le(2) > Le(1), Le(2) >= Le(2), Le(3) < Le(3))


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Ge(1) < Ge(2), Ge(2) > Ge(1), Ge(2) <= Ge(2), Ge(3) > Ge(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


@total_ordering
class Child(Base):
    pass


print(Child(1) >= Child(0), Child(1) > Child(1), Child(1) <= Child(1))
