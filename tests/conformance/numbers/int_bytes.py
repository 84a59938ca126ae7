# int.to_bytes and int.from_bytes: byte orders, signed values, defaults, errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

for n in [0, 1, 5, 127, 128, 255, 256, 1000, 65535, 2**31, 2**64 - 1, 2**64, 10**30]:
    size = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(size, 'big')
    little = n.to_bytes(size, byteorder='little')
    print(n, big, little, int.from_bytes(big, 'big'), int.from_bytes(little, 'little'))

for n in [0, -1, -128, 127, -129, 128, -32768, 32767, -(2**63), 2**63 - 1, -(10**20)]:
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, 'big', signed=True)
    print(n, size, data, int.from_bytes(data, 'big', signed=True), int.from_bytes(data, 'big'))
    print("  little", n.to_bytes(size + 1, 'little', signed=True))

print((5).to_bytes(), (5).to_bytes(3), int.from_bytes(b'\x01\x00'), int.from_bytes(b''), int.from_bytes(b'', signed=True))
print((5).to_bytes(length=2, byteorder='little', signed=True), (0).to_bytes(0, 'big'), (0).to_bytes(0, 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'little'), int.from_bytes((255, 255), 'big', signed=True), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
print(int.from_bytes(b'\xff' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True))
print(True.to_bytes(2, 'big'), bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x07', 'big'))
print((1).to_bytes(4, 'big', signed=1), (200).to_bytes(1, 'big', signed=0))

show("(256).to_bytes(1, 'big')", lambda: (256).to_bytes(1, 'big'))
show("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, 'big'))
show("(128).to_bytes(1, 'big', signed=True)", lambda: (128).to_bytes(1, 'big', signed=True))
show("(-129).to_bytes(1, 'big', signed=True)", lambda: (-129).to_bytes(1, 'big', signed=True))
show("(1).to_bytes(0, 'big')", lambda: (1).to_bytes(0, 'big'))
show("(-1).to_bytes(0, 'big', signed=True)", lambda: (-1).to_bytes(0, 'big', signed=True))
show("(5).to_bytes(2, 'foo')", lambda: (5).to_bytes(2, 'foo'))
show("(5).to_bytes(-1, 'big')", lambda: (5).to_bytes(-1, 'big'))
show("(5).to_bytes(2, 5)", lambda: (5).to_bytes(2, 5))
show("(5).to_bytes(2.0, 'big')", lambda: (5).to_bytes(2.0, 'big'))
show("(5).to_bytes(1, 'big', True)", lambda: (5).to_bytes(1, 'big', True))
show("(5).to_bytes(1, 'big', x=1)", lambda: (5).to_bytes(1, 'big', x=1))
show("(5).to_bytes(1, length=1)", lambda: (5).to_bytes(1, length=1))
show("int.from_bytes('ab', 'big')", lambda: int.from_bytes('ab', 'big'))
show("int.from_bytes(b'a', 'foo')", lambda: int.from_bytes(b'a', 'foo'))
show("int.from_bytes()", lambda: int.from_bytes())
show("int.from_bytes(b'a', 'big', True)", lambda: int.from_bytes(b'a', 'big', True))
show("int.from_bytes(5)", lambda: int.from_bytes(5))
show("int.from_bytes(b'a', byteorder=3)", lambda: int.from_bytes(b'a', byteorder=3))
show("int.from_bytes([1, 256])", lambda: int.from_bytes([1, 256]))
show("int.from_bytes([1.5])", lambda: int.from_bytes([1.5]))
show("int.to_bytes(1.5)", lambda: int.to_bytes(1.5))

# round trips through both byte orders
ok = True
for i in range(200):
    n = (i * 0x9E3779B97F4A7C15 ** 2) % 2**101 - 2**100  # spread over 101 bits, both signs
    size = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        if int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) != n:
            ok = False
print("round trips", ok)
