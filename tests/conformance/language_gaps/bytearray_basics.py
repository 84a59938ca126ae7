# bytearray: the mutable bytes.
a = bytearray(b"abc")
print(a, repr(a), len(a), a[0], a[1:], type(a[1:]).__name__, a == b"abc", b"abc" == a)
a.append(100)
a.extend(b"ef")
a.extend([103, 104])
print(a)
a[0] = 65
a[1:3] = b"XYZ"
print(a)
del a[0]
del a[-2:]
print(a, a.pop(), a.pop(0), a)
a.insert(0, 33)
a.insert(100, 34)
a.remove(34)
print(a)
a += b"!!"
print(a, bytearray(3), bytearray(), bytearray([1, 2]), bytearray("hé", "utf-8"))
c = a.copy()
c.reverse()
print(c, a, a.decode(), bytes(a), a.upper(), a.split(b"Z"))
c.clear()
print(c, len(c))
def set_big():
    a[0] = 300


for bad in [set_big, lambda: a.append(256), lambda: a.append("x"), lambda: bytearray().pop(), lambda: a.remove(0),
            lambda: a[100]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
