# Non-iterables in unpacking and f(*x)/f(**x) (messages name the function), and the
# sequence protocol: a class with only __getitem__ iterates, unpacks and supports `in`.
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
a, b, c = S(); print(a, b, c, *S())
print(20 in S(), 5 in S(), sorted(S(), reverse=True), list(enumerate(S())))
it = iter(S()); print(next(it), next(it), next(it), next(it, 'done'))
class K:
    def __getitem__(self, k): raise KeyError(k)
try:
    list(K())
except KeyError as e:
    print("KeyError", e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    print(*None)
except TypeError as e:
    print(e)
try:
    x = [1, *3.5]
except TypeError as e:
    print(e)
def f(*a, **k): return a, k
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(1, **None)
except TypeError as e:
    print(e)
class M:
    def m(self, *a): pass
try:
    M().m(*5)
except TypeError as e:
    print(e)
try:
    len(*7)
except TypeError as e:
    print(e)
print(f(*S(), **{'x': 1}))
