# Runaway recursion ends in RecursionError, whether it goes through Python calls or through
# C++ code calling back into Python (sorted's key, __eq__, __len__, __getattr__), or through
# deeply nested data (repr and == of nested lists and dicts).
import sys


def f(n):
    return f(n + 1)


def k(x):
    return sorted([1, 2], key=k)


class S:
    def __eq__(self, o):
        return self == o


class G:
    def __getattr__(self, n):
        return self.missing


class L:
    def __len__(self):
        return len(self)


for name, action in [("function", lambda: f(0)), ("sorted key", lambda: k(0)), ("__eq__", lambda: S() == S()),
                     ("__getattr__", lambda: G().x), ("__len__", lambda: len(L()))]:
    try:
        action()
    except RecursionError as e:
        print(name, type(e).__name__, e)


def deep(n):
    return deep(n + 1) if n < 900 else n


print(deep(0), sys.getrecursionlimit())

a, b, d = [], [], {}
for i in range(100000):
    a, b, d = [a], [b], {"k": d}
for name, action in [("repr list", lambda: repr(a)), ("compare lists", lambda: a == b), ("str dict", lambda: str(d)),
                     ("compare dicts", lambda: d == {"k": d})]:
    try:
        action()
    except RecursionError as e:
        print(name, type(e).__name__, e)
print(len(repr([[[[1]]]])), [[1]] == [[1]])
