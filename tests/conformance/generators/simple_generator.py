def count_up(n):
    i = 1
    while i <= n:
        yield i
        i += 1

for x in count_up(3):
    print(x)
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g), next(g, "end"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
