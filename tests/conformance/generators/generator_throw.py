def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("generator caught", e)
        yield "recovered"
    finally:
        print("cleanup")

g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration:
    print("done")

def gen():
    yield 1
g2 = gen()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g2))
