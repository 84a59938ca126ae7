# Built-in functions treat subclass instances as their base type.
import json


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


values = [I(3), F(2.5), S("s"), L([1]), T((2,)), D(k=1)]
for v in values:
    print(type(v).__name__, repr(v), str(v), bool(v), isinstance(v, type(v).__mro__[1]))
print(json.dumps(values), json.dumps({S("key"): I(1), "f": F(0.5)}))
print(sorted([I(3), F(2.5), 1]), min(I(4), I(2)), max(S("a"), S("b")), sum([I(1), F(1.5)]))
print(abs(I(-2)), round(F(2.567), 2), divmod(I(7), 2), pow(I(2), 3), hex(I(255)), bin(I(5)), oct(I(8)), chr(I(65)), ord(S("a")))
print(len(S("abc")), len(L([1, 2])), list(reversed(L([1, 2]))), list(reversed(T((1, 2)))), list(enumerate(S("ab"))))
print(int(S("5")), float(S("1.5")), str(I(3)), str(F(1.0)), tuple(L([1])), list(T((1,))), dict(D(a=1)), set(L([1, 1])))
print(f"{I(5):03d} {F(1.5):.2f} {S('x'):>3} {L([1])} {T((1,))} {D(a=1)}", "%d %.1f %s" % (I(1), F(2), S("z")))
print(I(3) in [3], S("a") in {"a": 1}, [1, 2][I(1)], "abc"[I(0):I(2)], range(I(2), I(5))[I(1)], isinstance(True, I))
print(hash(I(5)) == hash(5), hash(S("a")) == hash("a"), hash(T((1,))) == hash((1,)), {I(1), 1, F(1.0)})
print("".join(S(c) for c in "xyz"), ", ".join(L(["a", "b"])))
try:
    class B(bool):
        pass
except TypeError as exc:
    print("TypeError:", exc)
