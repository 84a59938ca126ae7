# round(), abs(), divmod(), pow() and math.floor/ceil/trunc reach the numeric dunders, so a
# subclass's override wins and the base's methods answer otherwise.
import math

def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class Money(int):
    pass

class Price(float):
    def __round__(self, ndigits=None):
        return "price rounded to %r" % (ndigits,)
    def __floor__(self):
        return "price floor"
    def __abs__(self):
        return "price abs"

class Celsius(float):
    pass

for x in [Money(15), Money(-25), Celsius(2.5), Celsius(-2.675), Price(9.99), True, 7, -3.5]:
    show("round(%r)" % x, lambda: round(x))
    show("round(%r, 1)" % x, lambda: round(x, 1))
    show("round(%r, -1)" % x, lambda: round(x, -1))
    show("round(%r, None)" % x, lambda: round(x, None))
    show("abs(%r)" % x, lambda: abs(x))
    show("math.floor(%r)" % x, lambda: math.floor(x))
    show("math.ceil(%r)" % x, lambda: math.ceil(x))
    show("math.trunc(%r)" % x, lambda: math.trunc(x))
    print("  types", type(round(x)).__name__ if not isinstance(x, Price) else "-", type(math.floor(x)).__name__)

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __floor__(self):
        return math.floor(self.degrees)
    def __ceil__(self):
        return math.ceil(self.degrees)
    def __trunc__(self):
        return int(self.degrees)
    def __round__(self, ndigits=None):
        return round(self.degrees, ndigits)
    def __abs__(self):
        return Temperature(abs(self.degrees))

t = Temperature(-3.5)
print(math.floor(t), math.ceil(t), math.trunc(t), round(t), round(t, 1), abs(t).degrees)

class Plain:
    pass
for f in (math.floor, math.ceil, math.trunc, round, abs):
    show(f.__name__ + "(Plain())", lambda: f(Plain()))
show("math.floor('x')", lambda: math.floor('x'))
show("math.trunc('x')", lambda: math.trunc('x'))
show("math.floor(float('inf'))", lambda: math.floor(float('inf')))
show("math.ceil(float('nan'))", lambda: math.ceil(float('nan')))
show("math.floor(10**30)", lambda: math.floor(10**30))

# the attributes are read-only
for stmt in ["x = 5; x.real = 3", "x = 1.5; x.imag = 3", "x = Money(2); x.numerator = 1", "del (5).denominator"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(divmod(Money(17), 5), divmod(Celsius(7.5), 2), pow(Money(3), 4, 5), pow(True, 2), Money(2) ** 10)
print(int.real, float.imag, int.denominator, bool.numerator, Money.real)
