x = "outer"
result = [x for x in range(3)]
print(result, x)
n = 10
print([i * n for i in range(3)])
def f():
    k = 2
    return [i * k for i in range(4)]
print(f())
