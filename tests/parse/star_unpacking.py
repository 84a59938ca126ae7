def f(*args, **kwargs):
    return args, kwargs

a = [1, 2]
b = {"x": 1}
print(f(*a))
print(f(*a, *a))
print(f(0, *a, 3, *a))
print(f(**b))
print(f(**b, y=2))
print(f(*a, **b))
print(f(1, *a, k=2, **b))
print(f(*a, k=1, *a))
print(f(a=1, **b, c=3))
print([*a, *a], (*a, *a), {*a, *a}, {**b, **b})
first, *middle, last = range(10)
print(first, middle, last)
print(*range(3), sep="-")
head, *tail = "hello"
print(head, tail)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for k, *v in [(1, 2, 3)]:
    print(k, v)
