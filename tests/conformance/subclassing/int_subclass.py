# A subclass of int carries its value: arithmetic gives plain ints, overrides win.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${int(self)}"


m = Money(42)
print(m, repr(m), type(m).__name__, isinstance(m, int), issubclass(Money, int))
print(m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__)
print(m * 2, m - 2, m // 5, m % 5, m ** 2, -m, +m, ~m, abs(Money(-3)))
print(m / 4, divmod(m, 5), m << 1, m >> 1, m & 7, m | 1, m ^ 3)
print(m == 42, m != 42, m < 50, m >= 42, 42 == m, hash(m) == hash(42))
print(int(m), type(int(m)).__name__, float(m), str(m), format(m, "05d"), f"{m:>6}|{m!r}")
print("%d %s %r %x" % (m, m, m, m), bool(Money(0)), bool(m))
print(m.bit_length(), m.real if hasattr(m, "real") else 42, [10, 20, 30][Money(1)])
print(sorted([Money(3), 1, Money(2)]), max(Money(5), 4), min(Money(5), 4), sum([Money(1), Money(2)]))
print({m: "x"}[42], 42 in {m}, range(Money(3)))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return self // 2


e = Even(10)
print(e, e.half(), type(e).__name__)
try:
    Even(3)
except ValueError as exc:
    print("ValueError:", exc)

e.label = "ten"
print(e.label, e.__dict__)


class Hex(int):
    def __new__(cls, text):
        return int.__new__(cls, text, 16)


print(Hex("ff"), Hex("10") + 1)
print(Money("7"), Money(7.9), Money())
