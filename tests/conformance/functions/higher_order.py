def apply_twice(f, x):
    return f(f(x))

def add_one(x):
    return x + 1

print(apply_twice(add_one, 5))
print(apply_twice(lambda s: s + "!", "hi"))

def compose(f, g):
    return lambda x: f(g(x))

inc_then_double = compose(lambda x: x * 2, add_one)
print(inc_then_double(3))
funcs = [add_one, str, abs]
for fn in funcs:
    print(fn.__name__, fn(-4))
