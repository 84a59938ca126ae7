import sys
print("to stderr", file=sys.stderr)
print("a", "b", sep="")
sys.stdout.write("written\n")
class A:
    def __init__(self):
        print("A init")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
D()
print([k.__name__ for k in D.__mro__])
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(f"{'한글':>6}|{'ab':>6}|")
print("%(name)s is %(age)d" % {"name": "Kim", "age": 3})
print("{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print([1, 2, 3, 2].index(2, 2), "abcabc".find("c", 3), "abcabc".count("a", 1))
print(isinstance(True, bool), type(5) is int, type(5) == int)
e = enumerate("xy")
print(next(e), list(e))
print(int.__name__, str(int), str(len), repr(None))
print(1_000_000, 0o17, 0xFF, 0b1010, 1e3, .5, 5.)
print(list(map(int, "1 2 3".split())), "".join(map(str, range(5))))
print(3 * "ab" + "c", -3 * "x", "a" < "b" < "c")
print(max([3, 1, 2], key=lambda v: -v), min("hello", key=ord))
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(e)
