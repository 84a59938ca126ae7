def multiplier(n):
    def times(x):
        return x * n
    return times

double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5))
fns = [multiplier(i) for i in range(1, 4)]
print([f(10) for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
