x = -2 ** -3 ** 2
y = not a == b and c or d if e else f
z = a < b <= c != d is not e not in f in g is h
w = a | b ^ c & d << 2 >> 1 + 3 - 4 * 5 / 6 // 7 % 8 @ m
v = ~x + +y - -z
print(*args, **kwargs, sep='', end="\n")
f(a)(b)[c].d[1:2, ::3, ...]
l = [i * 2 for i in range(10) if i % 2 if i > 3 for j in range(i)]
s = {x for x in y}
d = {k: v for k, v in items}
g = (x async for x in aiter() if await x)
e = {**a, 'b': 1, **c}
t = 1,
t2 = ()
lam = lambda x, y=1, *a, z, w=2, **kw: x + y
lam2 = lambda: 0
lam3 = lambda *, a: a
a = b = c = 1
a, *b, (c, d) = x
[a, b] = c
a.b.c = 1
a[1][2] = 3
x += 1; y -= 2; z **= 3; w //= 4; q @= m; r >>= 1; s <<= 2; t ^= 1; u |= 1; v &= 1; p %= 3; o /= 2; n *= 3
n: int = 5
(n): int
a.b: str
if (y := f(x)) > 0: pass
print(f"{x!r:>{width}} and {y=} {z = !s} {{lit}} {a['k']} {3.14:.2f} {x:{'>'}10}")
print(f'{x}' 'abc' f"{y}")
print("a" "b" 'c')
print(u"unicode", b"bytes\x00\xff", rb"\d+", Rb'raw', BR"x", f"", F"{1}", fr"{x}\n", rF'\t{y}')
n = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + 1E10 + .5 + 5. + 3j + 1.5J + 0 + 00 + 1e16 + 1e-5 + 123.456
big = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF + 9223372036854775807 + 9223372036854775808
s = "tab\there\nnew 'q' \"d\" \\ \a\b\f\v\0\1\12\123 \x41 \u00e9 \U0001F600 é 한국어 \u200b \xa0"
s2 = 'it\'s'
s3 = """multi
line "string" with 'quotes'"""
s4 = '''a\
b'''
del a, b[1], c.d
del (x, y), [z]
assert x, "msg"
assert y
raise
raise E
raise E from e
global g1, g2
import os, sys as system, a.b.c as d
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from m import *
from .mod import q
