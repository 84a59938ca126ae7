# Attribute lookups through the class hierarchy must see every change to a class or a base,
# even after the same lookup has run many times (the interpreter caches them).
class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def greet_many(obj, n=50):
    out = None
    for _ in range(n):
        out = obj.greet()
    return out


leaf = Leaf()
print(greet_many(leaf), leaf.kind)

# Replace the base's method: subclasses see it at once.
Base.greet = lambda self: "patched Base.greet"
print(greet_many(leaf))

# Define it lower in the MRO: it shadows the base's.
Mid.greet = lambda self: "Mid.greet"
print(greet_many(leaf))

# Delete it again: the base's (patched) method shows through.
del Mid.greet
print(greet_many(leaf))

# Class attributes: changed, shadowed by the instance, deleted.
for _ in range(20):
    leaf.kind
Base.kind = "changed"
print(leaf.kind, Leaf.kind)
leaf.kind = "instance"
print(leaf.kind, Leaf.kind)
del leaf.kind
print(leaf.kind)
del Base.kind
print(hasattr(leaf, "kind"), hasattr(Leaf, "kind"))

# A missing attribute found later.
for _ in range(20):
    print_it = hasattr(leaf, "late")
print(print_it)
Mid.late = 42
print(leaf.late)

# Changes through setattr() and the class's own methods.
setattr(Base, "greet", lambda self: "via setattr")
print(greet_many(leaf))


class Counter:
    count = 0

    def bump(self):
        type(self).count += 1
        return self.count


c = Counter()
print([c.bump() for _ in range(5)], Counter.count)

# Special methods used by operators see changes too.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __iadd__(self, other):
        self.v += other.v
        return self


a = Num(1)
for _ in range(10):
    a += Num(1)
print(a.v)
del Num.__iadd__
b = a
a += Num(100)
print(a.v, b.v, a is b)

# Properties (data descriptors) replaced on the class.
class P:
    @property
    def x(self):
        return "prop1"


p = P()
print([p.x for _ in range(3)][-1])
P.x = property(lambda self: "prop2")
print(p.x)

# Many classes created and dropped: lookups on new ones never see old ones' attributes.
def make_class(i):
    if i % 2:
        class T:
            val = i
    else:
        class T:
            pass
    return T


results = []
for i in range(200):
    cls = make_class(i)
    results.append(getattr(cls(), "val", None))
    del cls
print(results[:6], results[-2:])
