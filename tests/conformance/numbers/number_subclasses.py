# Python subclasses of int, float and bool's ints inherit the numeric methods and attributes.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)

class Meters(float):
    unit = "m"
    def __repr__(self):
        return "Meters(%s)" % float(self)

m = Money(250)
print(m, m.real, type(m.real).__name__, m.numerator, m.denominator, m.imag, m.conjugate(), type(m.conjugate()).__name__)
print(m.to_bytes(2, 'big'), m.bit_count(), m.bit_length(), m.as_integer_ratio(), m.__round__(-2), type(m.__round__(-2)).__name__)
print(m.__index__(), type(m.__index__()).__name__, m.__abs__(), m.__float__(), m.__divmod__(7), m.__pow__(2, 1000))
print(Money.from_bytes(b'\x01\x00', 'big'), type(Money.from_bytes(b'\x01\x00', 'big')).__name__)
print(Money(-3).__abs__(), type(Money(-3).__abs__()).__name__, Money(7).__trunc__(), Money(7).__getnewargs__())

d = Meters(2.5)
print(d, d.real, type(d.real).__name__, d.imag, d.conjugate(), type(d.conjugate()).__name__, d.unit)
print(d.hex(), d.as_integer_ratio(), d.is_integer(), d.__round__(), d.__floor__(), d.__ceil__(), d.__trunc__())
print(d.__float__(), type(d.__float__()).__name__, d.__abs__(), d.__divmod__(1), d.__getnewargs__())
x = Meters.fromhex('0x1.8p+1')
print(x, type(x).__name__, Meters.__getformat__('double'))

# subclasses that override a method keep the base's through super()
class Rounded(float):
    def __round__(self, ndigits=None):
        return "rounded " + repr(super().__round__(ndigits))
    @property
    def real(self):
        return "own real"

r = Rounded(2.675)
print(round(r), round(r, 2), r.real, r.imag)

class Flags(int):
    def to_bytes(self, length=1, byteorder='big', *, signed=False):
        return b'flags:' + super().to_bytes(length, byteorder, signed=signed)

print(Flags(3).to_bytes(2), Flags(3).to_bytes(1, 'little'), Flags(-1).to_bytes(1, signed=True))
show("Flags(-1).to_bytes()", lambda: Flags(-1).to_bytes())

# bool: the int methods give ints
print(True.real, type(True.real).__name__, False.imag, True.numerator, True.denominator, True.conjugate())
print(True.as_integer_ratio(), True.bit_count(), True.to_bytes(1, 'big'), False.__round__(), True.__float__())
print(type(bool.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x00\x00', 'little'))

# the numeric tower's shared attributes make generic code work on every number
def describe(n):
    return "%s: real=%r imag=%r conj=%r" % (type(n).__name__, n.real, n.imag, n.conjugate())
for n in [3, -2.5, True, Money(4), Meters(1.25)]:
    print(describe(n))
