from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(-a)
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=5)
print(x)
y = Counter(a=2, b=3)
y |= Counter(a=5, c=1)
print(y)
y &= Counter(a=1, c=4)
print(y)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=1) > Counter(), Counter() == Counter(x=0))
print(Counter("abc") == {"a": 1, "b": 1, "c": 1})
try:
    Counter("a") + 1
except TypeError as e:
    print("TypeError", e)
inventory = Counter(apples=5, pears=2)
sold = Counter(apples=2, pears=2, kiwis=0)
left = inventory - sold
print(left, sorted(left), left.most_common())
c = Counter(a=2, b=1)
c2 = c.copy()
c2["a"] += 10
print(c, c2, type(c2).__name__)
