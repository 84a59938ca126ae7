def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers cleaned up")

for n in numbers():
    if n == 2:
        print("breaking")
        break
print("after loop")

def with_res():
    class R:
        def __enter__(self):
            print("acquire")
        def __exit__(self, *a):
            print("release", a[0].__name__ if a[0] else None)
    with R():
        yield 1
        yield 2

g = with_res()
print(next(g))
del g
print("after del")
first = next(numbers())
print("first", first)

def plain():
    yield 1
    yield 2
p = plain()
next(p)
del p
kept = numbers()
next(kept)
print("end of program")
