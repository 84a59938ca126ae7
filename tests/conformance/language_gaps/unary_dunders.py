# Unary +, -, ~ and abs() on Python classes, and the errors when a dunder is missing.
class V:
    def __init__(self, x):
        self.x = x

    def __pos__(self):
        return V(self.x + 100)

    def __neg__(self):
        return V(-self.x)

    def __invert__(self):
        return V(~self.x)

    def __abs__(self):
        return V(abs(self.x))

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    pass


print(+V(1), -V(2), ~V(3), abs(V(-4)))
print(+W(1), -W(2), ~W(3), abs(W(-4)))


class N:
    pass


for op in (lambda o: +o, lambda o: -o, lambda o: ~o, abs):
    try:
        op(N())
    except TypeError as e:
        print(type(e).__name__, e)
