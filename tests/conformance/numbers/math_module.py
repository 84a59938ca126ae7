import math
print(math.sqrt(16), math.pi, math.e)
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7))
print(math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3))
print(round(math.sin(math.pi / 2), 5), math.pow(2, 8))
print(math.inf > 10 ** 100)
print(math.hypot(3, 4), math.log(math.e), math.log10(1000), math.log2(8))
