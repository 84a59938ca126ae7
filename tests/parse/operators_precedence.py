a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8
b = 2 ** 3 ** 2
c = -2 ** 2
d = (-2) ** 2
e = 2 ** -1
f = not a or b and c
g = a if b else c if d else e
h = a << 1 | b >> 2 & c ^ d
i = ~a & ~b | -c ^ +d
j = a < b < c
k = a == b != c < d <= e > f >= g is h is not i in j not in k
l = not a in b
m = a and not b or not c and d
n = (a or b) and (c or d)
o = a + b if c else d - e
p = lambda: a if b else c
q = [a for a in b if a if not a]
r = a * (b + c) * d
s = a - b - c
t = a ** b ** c ** d
u = -a * -b
v = a + -b
w = x[a + b] * y(c - d) ** z.e
x2 = await_ = 3
