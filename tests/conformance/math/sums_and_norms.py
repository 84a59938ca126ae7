# math.fsum (exactly rounded sums) and math.dist (Euclidean distance), CPython's errors.
import math

inf, nan = math.inf, math.nan


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


show("fsum tenths", math.fsum, [0.1] * 10)
show("sum tenths", sum, [0.1] * 10)
show("fsum cancel", math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show("fsum half way", math.fsum, [1.0, 1e-16, 1e-16])
show("fsum tie", math.fsum, [2.0**53, 1.0, 2.0**-50])
show("fsum tie down", math.fsum, [2.0**53, -1.0, -(2.0**-50)])
show("fsum empty", math.fsum, [])
show("fsum negzero", math.fsum, [-0.0])
show("fsum ints", math.fsum, [1, 2, 3, 10**20])
show("fsum generator", math.fsum, (i / 7 for i in range(100)))
show("fsum inf", math.fsum, [1.0, inf, 2.0])
show("fsum -inf", math.fsum, [-inf, 1e308, 1e308])
show("fsum nan", math.fsum, [1.0, nan])
show("fsum inf - inf", math.fsum, [inf, -inf])
show("fsum inf + nan", math.fsum, [inf, nan])
show("fsum overflow", math.fsum, [1e308, 1e308])
show("fsum overflow back", math.fsum, [1e308, 1e308, -1e308])
show("fsum big int", math.fsum, [10**400])
show("fsum str", math.fsum, ["a"])
show("fsum not iterable", math.fsum, 5)
show("fsum many", math.fsum, [(-1) ** i * 1.0 / (i + 1) for i in range(1000)])

show("dist 3-4-5", math.dist, (0, 0), (3, 4))
show("dist lists", math.dist, [1.0, 2.0, 3.0], [4.0, 6.0, 8.0])
show("dist 1d", math.dist, [5], [-2.5])
show("dist empty", math.dist, [], [])
show("dist inexact", math.dist, (0.1, 0.2, 0.3, 0.4), (1.1, -2.2, 3.3, 4.4))
show("dist tiny", math.dist, (5e-324, 0.0), (0.0, 5e-324))
show("dist huge", math.dist, (1e308, 1e308), (-1e308, -1e308))
show("dist inf", math.dist, (inf, 0.0), (0.0, nan))
show("dist nan", math.dist, (nan, 0.0), (0.0, 1.0))
show("dist mismatch", math.dist, (1, 2), (1, 2, 3))
show("dist not iterable", math.dist, 1, 2)
show("dist str item", math.dist, ("a",), (1,))
show("dist one arg", math.dist, (1,))
