# The new math functions accept objects with __float__ (real arguments) and __index__ (integer
# arguments), as CPython's do, and report bad conversions.
import math


class Celsius:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


show("acos __float__", math.acos, Celsius(0.5))
show("copysign __float__", math.copysign, 2, Celsius(-0.0))
show("fsum __float__", math.fsum, [Celsius(0.1)] * 10)
show("dist __float__", math.dist, [Celsius(3.0)], [Celsius(-1.0)])
show("gamma __index__", math.gamma, Count(5))
show("bad __float__", math.sinh, Celsius("x"))
show("isqrt __index__", math.isqrt, Count(10**20))
show("comb __index__", math.comb, Count(6), Count(3))
show("perm __index__", math.perm, Count(6))
show("lcm __index__", math.lcm, Count(4), Count(6))
show("ldexp bool", math.ldexp, 1.5, True)
show("comb bool", math.comb, True, True)
show("bad __index__", math.isqrt, Count(1.5))
show("isqrt __float__ only", math.isqrt, Celsius(4.0))
