# math's integer functions over arbitrary precision ints: isqrt, comb, perm, lcm, prod.
import math


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**20, 10**40 + 1, 2**127 - 1, (10**30 + 7) ** 2, True]:
    show(f"isqrt({n})", math.isqrt, n)
show("isqrt -1", math.isqrt, -1)
show("isqrt float", math.isqrt, 4.0)
show("isqrt str", math.isqrt, "4")

for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (0, 0), (52, 5), (100, 50), (10**20, 3), (10**20, 10**20 - 2)]:
    show(f"comb({n}, {k})", math.comb, n, k)
    show(f"perm({n}, {k})", math.perm, n, k)
for n in [0, 1, 5, 20, 25]:
    show(f"perm({n})", math.perm, n)
show("perm None", math.perm, 5, None)
show("comb -1", math.comb, -1, 2)
show("comb k -1", math.comb, 3, -1)
show("perm -1", math.perm, -1)
show("perm k -1", math.perm, 3, -1)
show("comb float", math.comb, 1.0, 2)
show("comb float k", math.comb, 5, 2.0)
show("perm float", math.perm, 5.0)
show("comb one arg", math.comb, 5)

show("lcm()", math.lcm)
show("lcm 1 arg", math.lcm, -6)
show("lcm", math.lcm, 4, 6)
show("lcm neg", math.lcm, -4, 6, 10)
show("lcm zero", math.lcm, 4, 0, 6)
show("lcm big", math.lcm, 2**70, 3**50, 10**30)
show("lcm float", math.lcm, 1.5)
show("lcm float after zero", math.lcm, 0, 1.5)

show("prod ints", math.prod, [1, 2, 3, 4])
show("prod big", math.prod, range(1, 30))
show("prod empty", math.prod, [])
show("prod start", math.prod, [2, 3], start=10)
show("prod float", math.prod, [1, 2.5, 2])
show("prod start float", math.prod, [], start=1.5)
show("prod fractions", math.prod, [True, 3])
show("prod strings", math.prod, [3], start="ab")
show("prod lists", math.prod, [[1], 2])
show("prod bad", math.prod, [1, "a", None])
show("prod 2 args", math.prod, [1], 2)
show("prod not iterable", math.prod, 1)
show("prod bad kw", math.prod, [1], begin=2)
show("prod generator", math.prod, (x for x in range(1, 6)))
