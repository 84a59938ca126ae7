try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "xy"
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
x, y = {"k1": 1, "k2": 2}
print(x, y)
a, b = 5
