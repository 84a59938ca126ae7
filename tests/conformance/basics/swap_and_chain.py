a = 5
b = 10
print(a < b < 20, a < b > 20, 1 == 1.0, 1 is not None)
x = 3
print(1 < x <= 3)
print(a != b)
a, b = b, a
print(a, b)
