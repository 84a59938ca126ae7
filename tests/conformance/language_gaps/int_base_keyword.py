# int() with base given by keyword, and its argument errors.
print(int("11", base=2), int("ff", 16), int("0x1f", base=0), int("z", base=36))
for call in [lambda: int(x="12"), lambda: int("1", 2, base=3), lambda: int(base=3),
             lambda: int("1", 2, 3), lambda: int(5, base=2), lambda: int("9", base=8),
             lambda: int("1", base=99)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(b"12"), int(b"ff", 16), int(bytearray(b" 7 ")), int(b"0b101", base=0))
for bad in [b"x", b"1.5", bytearray(b"")]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
