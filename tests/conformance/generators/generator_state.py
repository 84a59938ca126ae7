def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("finish")

g = countdown(2)
print("created")
for v in g:
    print("got", v)
print(list(g))

def gen_with_error():
    yield 1
    raise ValueError("inside generator")

try:
    for v in gen_with_error():
        print(v)
except ValueError as e:
    print("caught", e)
