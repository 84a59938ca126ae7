# int's methods and attributes, called the way a tutorial shows them.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

values = [0, 1, -1, 5, -7, 255, 2**63, -(2**63) - 1, 10**30, -(10**30) + 1, True, False]
for n in values:
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), type(n.real).__name__)
    print("  ratio", n.as_integer_ratio(), "bits", n.bit_length(), n.bit_count())
    print("  dunders", n.__index__(), n.__int__(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__abs__())
    print("  float", n.__float__(), "newargs", n.__getnewargs__(), "round", n.__round__(), n.__round__(-1), n.__round__(2))

# rounding to tens and hundreds is half-to-even
for n in [5, 15, 25, 35, -25, 149, 150, 250, 12345, -12355, 10**20 + 5 * 10**19]:
    print(n, n.__round__(-1), n.__round__(-2), round(n, -1), round(n, -3))

show("(5).__round__(None)", lambda: (5).__round__(None))
show("(5).__round__('a')", lambda: (5).__round__('a'))
show("(5).__round__(1, 2)", lambda: (5).__round__(1, 2))
show("(5).bit_count(1)", lambda: (5).bit_count(1))
show("(5).conjugate(1)", lambda: (5).conjugate(1))
show("(5).as_integer_ratio(1)", lambda: (5).as_integer_ratio(1))
show("(5).__index__(1)", lambda: (5).__index__(1))
show("(10**400).__float__()", lambda: (10**400).__float__())
show("int.bit_count(1.5)", lambda: int.bit_count(1.5))

# divmod and pow as methods
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (10**25, 7), (7, 10**25), (True, 2)]:
    print(a, b, a.__divmod__(b), a.__rdivmod__(b), divmod(a, b))
show("(5).__divmod__(0)", lambda: (5).__divmod__(0))
show("(5).__divmod__(2.0)", lambda: (5).__divmod__(2.0))
show("(5).__rdivmod__('x')", lambda: (5).__rdivmod__('x'))
show("int.__pow__(2, 10, 7)", lambda: int.__pow__(2, 10, 7))
show("(2).__rpow__(3, 5)", lambda: (2).__rpow__(3, 5))
show("(2).__pow__(-1, 5)", lambda: (2).__pow__(-1, 5))
show("(3).__pow__(200, 10**9 + 7)", lambda: (3).__pow__(200, 10**9 + 7))
show("(2).__pow__(3, 0)", lambda: (2).__pow__(3, 0))
show("(2).__pow__(3, 'x')", lambda: (2).__pow__(3, 'x'))
show("(2).__pow__(3.0, 5)", lambda: (2).__pow__(3.0, 5))
show("(2).__pow__(2, None)", lambda: (2).__pow__(2, None))
show("(2).__pow__(-2)", lambda: (2).__pow__(-2))

# the dunders the operators use are there too
print(int.__add__(3, 4), int.__mul__(3, 4), (3).__neg__(), (-3).__abs__(), (0).__bool__(), (7).__bool__())
print(int.__eq__(3, 3), int.__lt__(3, 4), (3).__hash__() == hash(3), (2**70).__hash__() == hash(2**70))
print((3).__add__(1.5), (3).__sub__("x"), int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__mod__(-7, 2))
print(True.__and__(False), True.__or__(False), True.__int__(), type(True.__int__()).__name__, True.__abs__())
