# The seeded distributions and helpers draw in CPython's order: same numbers as CPython.
import random

random.seed(12345)
print([random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
print(random.randbytes(5), random.randbytes(0))
print(random.choices("abcde", k=6))
print(random.choices(range(4), weights=[1, 0, 3, 6], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[1, 5, 6], k=5))
print([round(random.gauss(10, 2), 6) for _ in range(5)])
random.seed(7)
print(round(random.gauss(), 9), round(random.gauss(), 9))
random.seed(7)  # seeding drops the kept second value of gauss
print(round(random.gauss(), 9))
print([round(random.normalvariate(0, 1), 9) for _ in range(4)])
print([round(random.lognormvariate(0, 0.5), 9) for _ in range(3)])
print([round(random.expovariate(1.5), 9) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 9) for _ in range(3)], random.triangular(2, 2))
print([round(random.vonmisesvariate(1.0, 4.0), 9) for _ in range(3)], round(random.vonmisesvariate(0, 0), 9))
print([round(random.gammavariate(a, 2.0), 9) for a in (0.5, 1.0, 3.0)])
print([round(random.betavariate(2, 5), 9) for _ in range(3)])
print([round(random.paretovariate(3), 9) for _ in range(2)], [round(random.weibullvariate(1, 2), 9) for _ in range(2)])

for call in (lambda: random.getrandbits(-1),
             lambda: random.choices("ab", [1], k=2),
             lambda: random.choices("ab", 2),
             lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]),
             lambda: random.choices("ab", weights=[0, 0]),
             lambda: random.choices("ab", weights=[1, float("inf")]),
             lambda: random.gammavariate(0, 1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
