# Binary files: bytes in and out, no newline translation, seek from the end, reprs.
import os

NAME = "binary_files.tmp"

with open(NAME, "wb") as f:
    print(repr(f))
    print(f.write(bytes(range(250, 256)) + b"\r\nline\n"))
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(NAME, "ab") as f:
    print(repr(f), f.tell())
    f.write(bytearray(b"tail"))

with open(NAME, "rb") as f:
    print(repr(f))
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.readlines())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(1, 1)
    print(f.read(2))
    print(list(open(NAME, "rb")))

with open(NAME, "r+b") as f:
    print(repr(f))
    f.seek(6)
    f.write(b"XY")
    f.seek(0)
    print(f.read())

text = "caf\u00e9 \u2603\n"
with open(NAME, "w", encoding="utf-8") as f:
    f.write(text)
with open(NAME, "rb") as f:
    data = f.read()
    print(data, len(data))
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read(4)), f.tell(), repr(f.read()))
os.remove(NAME)
