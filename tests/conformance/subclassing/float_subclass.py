# A subclass of float: a value with its own methods and display.
class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


c = Celsius(21.5)
print(c, repr(c), str(c), c.to_fahrenheit(), type(c.to_fahrenheit()).__name__)
print(c + 1, type(c + 1).__name__, c * 2, -c, abs(Celsius(-2.5)), round(c), round(c, 1))
print(c > 20, c == 21.5, 21.5 == c, hash(c) == hash(21.5), int(c), float(c), type(float(c)).__name__)
print(f"{c:.3f}", format(c, "8.2f"), "%.2f %s" % (c, c), c.is_integer(), Celsius("3.25"))
print(sorted([Celsius(3), 1.5, Celsius(2)]), max(Celsius(1), 0.5), sum([Celsius(1), Celsius(2)]))
print(isinstance(c, float), Celsius(), bool(Celsius(0.0)), [c][0] == c)


class Percent(float):
    def __new__(cls, value):
        if not 0 <= value <= 100:
            raise ValueError("out of range")
        return super().__new__(cls, value)

    def __str__(self):
        return f"{float(self):g}%"


p = Percent(12.5)
print(p, repr(p), f"{p}", p / 100)
try:
    Percent(120)
except ValueError as exc:
    print("ValueError:", exc)
p.note = "ok"
print(p.note, vars(p))
