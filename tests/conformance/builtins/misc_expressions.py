# misc learner programs
import math
print(f"{math.pi:.3f}", f"{1/3:.2%}", f"{12:>{5}}")
x = [1, 2, 3]
x += [4]
x *= 2
print(x)
s = "hello world"
print(s.title(), s.count("o"), s.split("o"))
print(len(set("mississippi")), sorted(set("mississippi")))
d = {"a": 1}
d |= {"b": 2}
print(d, d | {"c": 3})
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(min([(2, 'b'), (1, 'z')]), max("abc", key=ord))
print(int("0x1f", 16), float("nan") != float("nan"), 7 // 2.0, -7 % 3.0)
print("%d%%" % 50, "%5.1f|" % 3.14159, "%x" % 255, "%r" % "s")
print(round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(5, -1), round(15, -1))
print(str(1e100), 1e-4, 123456789012345678.0, 0.1 + 0.7)
print(10 ** -2, 2 ** 0.5, (-8) ** (1/3) if False else abs(-8) ** (1/3))
print(list(range(10))[::-3], "abc" * 0, [] * 3)
print(any([]), all([]), sum([]), max([1]), "".join([]))
a = b = []
a.append(1)
print(a, b, a is b)
print(type(1 + 1.0).__name__, 3 / 1, 2 ** -1, 5 % -3, -5 // 2)
t = (1, [2, 3])
t[1].append(4)
print(t)
print(f"{'x':^5}|{3.5:08.2f}|{-42:+06d}|{'abc':.2}|{1e6:,.0f}")
print(isinstance(1, (str, int)), issubclass(KeyError, LookupError))
print(hash("a") == hash("a"), ord("가"), chr(0x1F600) == "😀")
print(bin(-5), hex(-255), oct(0), int("-0b11", 2) if False else int("-11", 2))
print(sorted({"b": 1, "a": 2}.items()), list(reversed(range(3))))
print(divmod(-7, 2), divmod(7.5, 2), pow(-2, 3), pow(2, -1))
print("a,b;c".replace(";", ",").split(","), "  x  ".center(9, "*"))
print(str.join("-", "abc"), "x".join(["1", "2"]), "Tab\there".expandtabs() if False else "")
