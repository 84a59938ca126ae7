a = 1
a = b = c = 2
a, b = 1, 2
a, b = b, a
(a, b) = [1, 2]
[a, b] = (1, 2)
a, (b, c) = 1, (2, 3)
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[a, *b] = [1, 2]
(*a,) = [1]
x = y = [1, 2, 3]
x[0] = x[-1] = 9
x[1:2] = [7, 8]
x[::2] = [0, 0]
obj = type("O", (), {})()
obj.a = obj.b = 3
obj.a += 1
x[0] -= 1
a = 1,
a = *b, c
a: int
a: int = 3
b: list[int] = []
obj.c: str = "x"
x[0]: int = 1
(a): int = 5
a = yield_ = 1
c: "forward" = None
t = ()
t = (1)
t = (1,)
t = 1, 2,
i = j = k = l = 0
s = a if b else c
a, = [1]
for a, in [(1,)]: pass
for (a, b) in [(1, 2)]: pass
for [a, b] in [(1, 2)]: pass
for a.b in []: pass
for x[0] in []: pass
for *a, b in [(1, 2)]: pass
