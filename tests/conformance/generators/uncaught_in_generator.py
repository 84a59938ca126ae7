def gen():
    yield 1
    raise KeyError("from gen")

def consume():
    for x in gen():
        print(x)

print("before")
consume()
