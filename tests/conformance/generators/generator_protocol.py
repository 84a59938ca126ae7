def gen_squares(n):
    for i in range(n):
        yield i * i

g = gen_squares(4)
print(g.__next__(), next(g))
for v in g:
    print("rest", v)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", (x for x in range(2)))))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def delegator():
    result = yield from echo()
    yield f"echo gave {result}"

d = delegator()
print(next(d), d.send(1), d.send(2), d.send(None))

def infinite():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("infinite closed at", n)

it = infinite()
for v in it:
    if v == 3:
        break
it.close()
print("closed?", list(it))

def nested_gen():
    def inner(k):
        for i in range(k):
            yield i
    return [list(inner(k)) for k in range(4)]

print(nested_gen())
gens = [(i, j) for i in range(2) for j in (x * 10 for x in range(2))]
print(gens)
print(sum(x for x in range(1000000) if x % 99999 == 0))
print(sorted(x % 7 for x in range(20)))

def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

print(list(fib_gen(100)), max(fib_gen(1000)), 34 in fib_gen(100))
z = zip(fib_gen(10), "abcdefgh")
print(list(z))
print(list(enumerate(fib_gen(5))), list(map(str, fib_gen(20))))
print(dict(zip("abc", fib_gen(10))), set(fib_gen(10)) == {0, 1, 2, 3, 5, 8})
