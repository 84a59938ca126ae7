counter = 0
cache = {}


def bump():
    global counter
    counter += 1


def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b


def cleanup():
    global cache, counter
    del cache
    counter = 0


bump(); bump()
print(counter, outer())
x = [1, 2, 3, 4]
del x[0]
del x[-1], x[0]
y = {"a": 1, "b": 2}
del y["a"]
class O: pass
o = O()
o.attr = 1
del o.attr
p, q = 1, 2
del p, q
r = s = 1
del (r, s)
t = u = 2
del [t, u]
print(x, y)
