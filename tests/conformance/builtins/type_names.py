for v in [1, 1.5, "s", [1], (1,), {1: 2}, None, True, range(2), len, print]:
    print(type(v).__name__)
print(type(type(1)).__name__)
print(str.upper("abc"), list.__name__, int.__name__)
