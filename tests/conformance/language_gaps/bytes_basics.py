# bytes: literals, repr, indexing, slicing, iteration, operators, hashing and methods.
b = b"hello world"
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:4], b[::-2], list(b[:3]))
print(b"", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff\t\n\r\\")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"x"), bytes(), bytes("héllo", "utf-8"))
print(b + b"!", b"ab" * 3, 3 * b"ab", b"ab" * 0, b"a" in b"cat", 97 in b"cat", b"z" in b"cat")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" != b"ab", b"a" == "a", hash(b"abc") == hash(b"abc"))
print({b"k": 1}[b"k"], sorted([b"b", b"a", b"c"]), [x for x in b"hi"])
print(b.upper(), b"ABC".lower(), b"  x  ".strip(), b"xxhixx".strip(b"x"))
print(b"  x  ".lstrip(), b"  x  ".rstrip())
print(b.split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"  a  b ".split())
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.index(b"w"), b.count(b"o"), b.find(111))
print(b.startswith(b"he"), b.endswith(b"ld"), b.startswith((b"x", b"h")), b.replace(b"o", b"0"), b.replace(b"l", b"L", 2))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b.hex(), bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"a1".isalnum(), b"".isdigit())
print(isinstance(b, bytes), type(b).__name__, type(b[0]).__name__, type(b[:1]).__name__)
for bad in [lambda: b[20], lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes([256]), lambda: bytearray([256]), lambda: bytes(-1),
            lambda: b.index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"a".join(["b"]), lambda: "s" in b,
            lambda: b["x"], lambda: hash(bytearray(b"x")), lambda: bytes(1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
