a, b, c = 3, 3.0, 7
print(a == b, a < c, b >= c)
print(max(1, 2.5), min(-1, -1.5))
print(sorted([3, 1.5, 2, -4]))
print(1 < 2 < 3 < 4, 3 > 2 > 2)
print(10 ** 20 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1))
