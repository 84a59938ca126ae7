# float's methods and attributes.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

values = [0.0, -0.0, 1.5, -2.5, 3.7, -3.7, 0.1, 1e300, -1e-300, 5e-324, 2.0**60, 123456.789]
for x in values:
    print(x, x.real, x.imag, x.conjugate(), x.as_integer_ratio(), x.is_integer())
    print("  ints", x.__int__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), type(x.__round__()).__name__)
    print("  floats", x.__float__(), x.__abs__(), x.__getnewargs__(), x.__round__(1), x.__round__(-1), x.__round__(0))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1234.5678]:
    print(x, x.__round__(), x.__round__(2), x.__round__(-2), round(x, 1))

for x in [float('inf'), float('-inf'), float('nan')]:
    print(x, x.real, x.imag, x.conjugate(), x.__abs__(), x.is_integer(), x.__round__(2))
    show("  %r.as_integer_ratio()" % x, lambda: x.as_integer_ratio())
    show("  %r.__trunc__()" % x, lambda: x.__trunc__())
    show("  %r.__floor__()" % x, lambda: x.__floor__())
    show("  %r.__ceil__()" % x, lambda: x.__ceil__())
    show("  %r.__round__()" % x, lambda: x.__round__())
    show("  %r.__int__()" % x, lambda: x.__int__())

# a ratio rebuilds the float exactly
for x in [0.1, 0.3, 1 / 3, 2.5e-10, 6.02e23]:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (7, 2.5), (1e308, 1e-308)]:
    print(a, b, divmod(a, b), float.__divmod__(float(a), b) if isinstance(a, float) else (2.5).__rdivmod__(a))
show("(1.5).__divmod__(0.0)", lambda: (1.5).__divmod__(0.0))
show("(1.5).__divmod__('x')", lambda: (1.5).__divmod__('x'))
show("(1.5).__rdivmod__(4)", lambda: (1.5).__rdivmod__(4))
show("(2.0).__pow__(3, 5)", lambda: (2.0).__pow__(3, 5))
show("(2.0).__pow__(3)", lambda: (2.0).__pow__(3))
show("(2.0).__rpow__(3)", lambda: (2.0).__rpow__(3))
show("(1.5).__pow__(2, None)", lambda: (1.5).__pow__(2, None))
show("(1.5).__round__('x')", lambda: (1.5).__round__('x'))
show("(1.5).__round__(None)", lambda: (1.5).__round__(None))
show("(1.5).__round__(1, 2)", lambda: (1.5).__round__(1, 2))
show("(1.5).hex(1)", lambda: (1.5).hex(1))
show("(1.5).conjugate(1)", lambda: (1.5).conjugate(1))
show("(1.5).__float__(1)", lambda: (1.5).__float__(1))
show("float.hex(3)", lambda: float.hex(3))
show("float.__getformat__('double')", lambda: float.__getformat__('double'))
show("float.__getformat__('float')", lambda: float.__getformat__('float'))
show("float.__getformat__('x')", lambda: float.__getformat__('x'))
show("float.__getformat__(1)", lambda: float.__getformat__(1))

print(float.__add__(1.5, 2), float.__mul__(1.5, 2), (2.5).__neg__(), (0.0).__bool__(), (0.1).__bool__())
print(float.__eq__(1.5, 1.5), float.__lt__(1.5, 2), (1.5).__hash__() == hash(1.5), (2.0).__hash__() == hash(2))
print((1.5).__add__("x"), (1.5).__radd__(1), float.__truediv__(1.0, 4), float.__floordiv__(7.0, 2), float.__mod__(-7.0, 2))
