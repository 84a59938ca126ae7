# A subclass of a builtin generic is subscriptable (list[int]-style aliases); vars() of an
# object without __dict__ is a TypeError.
from collections import namedtuple
class T(tuple): pass
class D(dict): pass
print(T[int], D[str, int], list[int])
P = namedtuple("P", "x y")
for obj in (P(1, 2), 5, "s"):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
class A:
    def __init__(self): self.a = 1
print(vars(A()))
