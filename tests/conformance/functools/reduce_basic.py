from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda acc, ch: ch + acc, "hello", ""))
print(reduce(max, [3, 9, 2]), reduce(lambda d, k: {**d, k: len(d)}, "abc", {}))
print(reduce(lambda a, b: a + [b * 2], (1, 2, 3), []))
print(reduce(lambda a, b: a if a > b else b, iter([4, 8, 1])))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
