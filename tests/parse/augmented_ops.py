x = 10
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 2
x = int(x)
x <<= 1
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0b1
m = [[1]]
m[0][0] += 1
class C: pass
C.v = 1
C.v *= 5
d = {"k": 0}
d["k"] += 1
print(x, m, C.v, d)
