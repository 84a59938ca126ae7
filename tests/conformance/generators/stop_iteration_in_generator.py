def bad():
    yield 1
    raise StopIteration("oops")

try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)

def uses_next(it):
    while True:
        yield next(it)

print("start")
print(list(uses_next(iter([1, 2]))))
