def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("gen finally")

g = gen()
print(next(g))
g.close()
g.close()
print("closed twice ok")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner finally")

o = outer()
print(next(o))
o.close()

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)

th = thrower()
next(th)
th.throw(ValueError("x"))
th.throw(ValueError("y"))

def deleg():
    yield from thrower()

d = deleg()
next(d)
d.throw(ValueError("through delegate"))

g3 = (i for i in range(3))
print(next(g3), list(g3), next(g3, "empty"))

def not_started():
    print("never")
    yield
ns = not_started()
ns.close()
try:
    next(ns)
except StopIteration:
    print("finished without running")

try:
    gen_send = gen()
    gen_send.send(5)
except TypeError as e:
    print("TypeError:", e)

def ranges():
    first, *rest = yield
    print("first", first, "rest", rest)
    yield first

r = ranges()
next(r)
print(r.send([1, 2, 3]))

def running():
    me.send(None)
    yield
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
a, *b = (x for x in "xyz")
print(a, b)
print(sorted(set(x % 4 for x in range(10))))
