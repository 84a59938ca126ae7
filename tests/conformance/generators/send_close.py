def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
print(a.send(10))
print(a.send(20))
print(a.send(60))

def worker():
    try:
        while True:
            job = yield
            print("job", job)
    finally:
        print("worker closed")

w = worker()
next(w)
w.send("a")
w.send("b")
w.close()
print("after close")

def gen():
    yield 1
    return 5

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
